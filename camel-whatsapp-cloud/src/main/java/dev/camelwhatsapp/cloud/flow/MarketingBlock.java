package dev.camelwhatsapp.cloud.flow;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a marketing template may not go to a user now.
 *
 * @param reason why
 * @param since  when the user stopped marketing messages, or when Meta last refused for the per-user limit
 * @param until  when a marketing template may be tried again: {@code null} for an opt-out, which lasts until the user
 *               resumes
 */
public record MarketingBlock(Reason reason, Instant since, Instant until) {

    /** Why a marketing template is held back. */
    public enum Reason {
        /** The user stopped marketing messages from the business ({@code user_preferences} stop, or error 131050). */
        OPTED_OUT(131050),
        /**
         * Meta's per-user marketing limit refused a template to the user recently (error 131049); Meta advises not to
         * retry soon.
         */
        MARKETING_LIMIT(131049);

        private final int metaCode;

        Reason(int metaCode) {
            this.metaCode = metaCode;
        }

        /** @return the error code Meta answers for this reason */
        public int metaCode() {
            return metaCode;
        }

        /** @return the value of the {@code CamelWhatsAppCloudMarketingSkipped} header: {@code opted_out}, ... */
        public String headerValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param reason why
     * @param since  when it started
     * @param until  when it ends, {@code null} for an opt-out
     */
    public MarketingBlock {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
    }
}
