package dev.camelwhatsapp.cloud.flows;

/** What a Flow is for, as Meta classifies it; a Flow has one or more. */
public enum FlowCategory {
    SIGN_UP,
    SIGN_IN,
    APPOINTMENT_BOOKING,
    LEAD_GENERATION,
    CONTACT_US,
    CUSTOMER_SUPPORT,
    SURVEY,
    OTHER;

    /**
     * @param  name                     a category name as Meta spells it, e.g. {@code APPOINTMENT_BOOKING}
     * @return                          the category
     * @throws IllegalArgumentException naming the valid categories
     */
    public static FlowCategory of(String name) {
        for (FlowCategory category : values()) {
            if (category.name().equals(name)) {
                return category;
            }
        }
        throw new IllegalArgumentException(
                "Unknown Flow category " + name + "; Meta's categories are "
                        + java.util.Arrays.toString(values()));
    }
}
