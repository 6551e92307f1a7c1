package dev.camelwhatsapp.cloud.management;

import java.util.Set;

/**
 * Meta's limits for a phone number's business profile, block list, QR codes and conversational automation, checked
 * before anything is sent.
 */
public final class NumberSettingsLimits {

    /** {@code about}: 1 to 139 characters. */
    public static final int ABOUT_MAX = 139;
    public static final int ADDRESS_MAX = 256;
    public static final int DESCRIPTION_MAX = 512;
    public static final int EMAIL_MAX = 128;
    /** At most two websites, each with its {@code http://} or {@code https://}. */
    public static final int WEBSITES_MAX = 2;
    public static final int WEBSITE_MAX = 256;
    /** The industries Meta accepts as {@code vertical}. */
    public static final Set<String> VERTICALS = Set.of("UNDEFINED", "OTHER", "AUTO", "BEAUTY", "APPAREL", "EDU",
            "ENTERTAIN", "EVENT_PLAN", "FINANCE", "GROCERY", "GOVT", "HOTEL", "HEALTH", "NONPROFIT", "PROF_SERVICES",
            "RETAIL", "TRAVEL", "RESTAURANT", "NOT_A_BIZ", "ALCOHOL", "ONLINE_GAMBLING", "PHYSICAL_GAMBLING",
            "OTC_DRUGS");

    /** Users per block or unblock request. */
    public static final int BLOCK_USERS_PER_REQUEST = 1000;

    /** A QR code's pre-filled message. */
    public static final int PREFILLED_MESSAGE_MAX = 140;
    /** A QR code's id: 14 characters of A-Z and 2-7. */
    public static final String QR_CODE_PATTERN = "[A-Z2-7]{14}";

    /** Ice breakers ({@code prompts}) and their length. */
    public static final int PROMPTS_MAX = 3;
    public static final int PROMPT_MAX = 80;
    /** Commands, their names (letters, digits, underscores) and descriptions. */
    public static final int COMMANDS_MAX = 30;
    public static final int COMMAND_NAME_MAX = 30;
    public static final String COMMAND_NAME_PATTERN = "[a-zA-Z0-9_]+";
    public static final int COMMAND_DESCRIPTION_MAX = 256;

    private NumberSettingsLimits() {
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    static void requireAtMost(String what, String value, int max) {
        if (value != null && length(value) > max) {
            throw new IllegalArgumentException(
                    what + " is " + length(value) + " characters long; WhatsApp accepts at"
                            + " most " + max);
        }
    }
}
