package dev.camelwhatsapp.emulator;

import java.util.Objects;

/**
 * A business phone number registered in the emulated WhatsApp Business Account.
 *
 * @param phoneNumberId      the Graph API id of the number, used in {@code /{phone-number-id}/messages}
 * @param displayPhoneNumber the number as Meta displays it, e.g. {@code +1 555-555-0100}
 * @param verifiedName       the business display name
 */
public record BusinessNumber(String phoneNumberId, String displayPhoneNumber, String verifiedName) {

    public BusinessNumber {
        Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        Objects.requireNonNull(displayPhoneNumber, "displayPhoneNumber");
        if (!phoneNumberId.matches("\\d+")) {
            throw new IllegalArgumentException("A phone number id is numeric: " + phoneNumberId);
        }
        if (verifiedName == null || verifiedName.isBlank()) {
            verifiedName = WhatsAppCloudEmulator.DEFAULT_VERIFIED_NAME;
        }
    }

    /**
     * The display number reduced to its digits: the form webhooks carry in
     * {@code metadata.display_phone_number} and the form a recipient would have to use to reach it.
     */
    public String digits() {
        return displayPhoneNumber.replaceAll("\\D", "");
    }
}
