package dev.camelwhatsapp.cloud.management;

import java.util.List;
import java.util.Objects;

/**
 * How an authentication template's OTP button hands the code over: copied by the user ({@code COPY_CODE}), filled
 * into an Android app with one tap ({@code ONE_TAP}), or passed to the app without a tap ({@code ZERO_TAP}). One-tap
 * and zero-tap name the apps that may receive the code; where the device cannot do that, WhatsApp falls back to a
 * copy-code button, labelled {@code text}.
 *
 * @param otpType              the delivery
 * @param text                 the copy-code label, or {@code null} for Meta's default ("Copy code")
 * @param autofillText         the one-tap label, or {@code null} for Meta's default ("Autofill")
 * @param supportedApps        the Android apps that may receive the code (one-tap and zero-tap)
 * @param zeroTapTermsAccepted whether the business accepted Meta's zero-tap terms (required for zero-tap)
 */
public record OneTimePassword(OtpType otpType, String text, String autofillText, List<SupportedApp> supportedApps,
        boolean zeroTapTermsAccepted) {

    /** The ways a one-time password is delivered. */
    public enum OtpType {
        COPY_CODE,
        ONE_TAP,
        ZERO_TAP
    }

    /** Copies the apps so that the button cannot change after creation. */
    public OneTimePassword {
        Objects.requireNonNull(otpType, "otpType");
        supportedApps = supportedApps == null ? List.of() : List.copyOf(supportedApps);
    }

    /** A copy-code button with Meta's default label. */
    public static OneTimePassword copyCode() {
        return new OneTimePassword(OtpType.COPY_CODE, null, null, List.of(), false);
    }

    /** A one-tap autofill button for these apps. */
    public static OneTimePassword oneTap(String autofillText, SupportedApp... apps) {
        return new OneTimePassword(OtpType.ONE_TAP, null, autofillText, List.of(apps), false);
    }

    /**
     * A zero-tap button for these apps.
     *
     * @param termsAccepted must be {@code true}: Meta requires the business to accept its zero-tap terms
     */
    public static OneTimePassword zeroTap(boolean termsAccepted, SupportedApp... apps) {
        return new OneTimePassword(OtpType.ZERO_TAP, null, null, List.of(apps), termsAccepted);
    }

    /** @return a copy with this copy-code label */
    public OneTimePassword text(String text) {
        return new OneTimePassword(otpType, text, autofillText, supportedApps, zeroTapTermsAccepted);
    }

    /**
     * An Android app that may receive the code.
     *
     * @param packageName   the app's package name, e.g. {@code com.example.bank}
     * @param signatureHash the 11-character hash of the app's signing key
     */
    public record SupportedApp(String packageName, String signatureHash) {
    }
}
