package dev.camelwhatsapp.emulator.state;

import dev.camelwhatsapp.emulator.BusinessNumber;
import dev.camelwhatsapp.emulator.MessagingLimitTier;
import dev.camelwhatsapp.emulator.QualityRating;

/**
 * The mutable side of a business number: what registration, two-step verification and quality and tier changes alter.
 */
public final class PhoneNumberState {

    private final BusinessNumber number;
    private volatile QualityRating qualityRating = QualityRating.GREEN;
    private volatile MessagingLimitTier messagingLimitTier = MessagingLimitTier.TIER_1K;
    private volatile boolean registered = true;
    private volatile String pin;

    public PhoneNumberState(BusinessNumber number) {
        this.number = number;
    }

    public BusinessNumber number() {
        return number;
    }

    public QualityRating qualityRating() {
        return qualityRating;
    }

    public void qualityRating(QualityRating rating) {
        this.qualityRating = rating;
    }

    public MessagingLimitTier messagingLimitTier() {
        return messagingLimitTier;
    }

    public void messagingLimitTier(MessagingLimitTier tier) {
        this.messagingLimitTier = tier;
    }

    public boolean registered() {
        return registered;
    }

    public void registered(boolean value) {
        this.registered = value;
    }

    public boolean pinEnabled() {
        return pin != null;
    }

    public boolean pinMatches(String candidate) {
        return pin != null && pin.equals(candidate);
    }

    public void pin(String value) {
        this.pin = value;
    }
}
