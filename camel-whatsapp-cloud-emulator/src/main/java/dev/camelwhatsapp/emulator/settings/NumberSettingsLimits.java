package dev.camelwhatsapp.emulator.settings;

import java.util.Set;

/** Meta's limits for business profiles, block lists, QR codes and conversational automation. */
final class NumberSettingsLimits {

    static final int ABOUT_MAX = 139;
    static final int ADDRESS_MAX = 256;
    static final int DESCRIPTION_MAX = 512;
    static final int EMAIL_MAX = 128;
    static final int WEBSITES_MAX = 2;
    static final int WEBSITE_MAX = 256;
    static final Set<String> VERTICALS = Set.of("UNDEFINED", "OTHER", "AUTO", "BEAUTY", "APPAREL", "EDU",
            "ENTERTAIN", "EVENT_PLAN", "FINANCE", "GROCERY", "GOVT", "HOTEL", "HEALTH", "NONPROFIT", "PROF_SERVICES",
            "RETAIL", "TRAVEL", "RESTAURANT", "NOT_A_BIZ", "ALCOHOL", "ONLINE_GAMBLING", "PHYSICAL_GAMBLING",
            "OTC_DRUGS");

    static final int BLOCK_USERS_PER_REQUEST = 1000;
    static final int BLOCKLIST_MAX = 64_000;
    static final int BLOCKED_PAGE_SIZE = 25;

    static final int PREFILLED_MESSAGE_MAX = 140;
    static final Set<String> QR_IMAGE_FORMATS = Set.of("PNG", "SVG");
    static final String QR_CODE_PATTERN = "[A-Z2-7]{14}";

    static final int PROMPTS_MAX = 3;
    static final int PROMPT_MAX = 80;
    static final int COMMANDS_MAX = 30;
    static final int COMMAND_NAME_MAX = 30;
    static final String COMMAND_NAME_PATTERN = "[a-zA-Z0-9_]+";
    static final int COMMAND_DESCRIPTION_MAX = 256;

    private NumberSettingsLimits() {
    }
}
