package dev.camelwhatsapp.emulator.flows;

/** The lifecycle of a Flow: DRAFT to PUBLISHED to DEPRECATED, never back. */
public enum FlowStatus {
    DRAFT,
    PUBLISHED,
    DEPRECATED
}
