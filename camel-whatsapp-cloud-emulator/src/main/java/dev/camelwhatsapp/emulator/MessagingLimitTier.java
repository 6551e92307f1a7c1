package dev.camelwhatsapp.emulator;

/**
 * Messaging limit tier of a business phone number (unique users it may start conversations with in 24 hours), as
 * reported by {@code GET /{phone-number-id}} in {@code messaging_limit_tier}, lowest first.
 */
public enum MessagingLimitTier {
    TIER_50,
    TIER_250,
    TIER_1K,
    TIER_10K,
    TIER_100K,
    TIER_UNLIMITED
}
