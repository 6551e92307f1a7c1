package dev.camelwhatsapp.emulator.messages;

/**
 * Per-message pricing as status webhooks report it since Meta's move to per-message pricing: service replies and
 * utility templates inside an open window are free, other templates are billed by category.
 *
 * @param category {@code service}, {@code utility}, {@code marketing} or {@code authentication}
 * @param billable whether the message is charged
 */
record Pricing(String category, boolean billable) {

    String type() {
        return billable ? "regular" : "free_customer_service";
    }
}
