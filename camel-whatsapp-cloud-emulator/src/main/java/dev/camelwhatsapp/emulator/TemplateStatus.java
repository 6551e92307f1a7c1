package dev.camelwhatsapp.emulator;

/**
 * Review status of a message template. Only {@link #APPROVED} templates can be sent; a send of a template
 * in another status fails like Meta's (132001 for pending/rejected, 132015 paused, 132016 disabled).
 */
public enum TemplateStatus {
    APPROVED,
    PENDING,
    REJECTED,
    PAUSED,
    DISABLED
}
