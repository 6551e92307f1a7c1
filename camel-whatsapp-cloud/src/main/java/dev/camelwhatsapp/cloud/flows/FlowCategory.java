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
    OTHER
}
