package dev.camelwhatsapp.cloud.management;

/** The category a template is submitted in; it decides the price and what the template may say. */
public enum TemplateCategory {
    /** Promotions, offers, announcements, re-engagement. */
    MARKETING,
    /** A response to a user's action or request: order updates, account alerts. Warm or promotional wording gets it
     * re-categorised as marketing. */
    UTILITY,
    /** One-time passcodes, with Meta's fixed wording. */
    AUTHENTICATION
}
