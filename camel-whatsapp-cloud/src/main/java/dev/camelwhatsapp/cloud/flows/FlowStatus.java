package dev.camelwhatsapp.cloud.flows;

/**
 * The lifecycle of a Flow. A DRAFT can be edited, previewed, published and deleted; a PUBLISHED Flow can be sent but
 * no longer edited or deleted, only deprecated; a DEPRECATED Flow can no longer be sent or published. Meta moves a
 * published Flow to THROTTLED or BLOCKED when its data endpoint is unhealthy.
 */
public enum FlowStatus {
    DRAFT,
    PUBLISHED,
    DEPRECATED,
    BLOCKED,
    THROTTLED;

    /** @return the status, or {@code null} for a status Meta added after this version */
    static FlowStatus of(String name) {
        for (FlowStatus status : values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        return null;
    }
}
