package dev.camelwhatsapp.emulator.settings;

import dev.camelwhatsapp.emulator.state.ConversationWindows;

/**
 * The endpoints of a number's settings, sharing one store.
 *
 * @param store        the settings of every number
 * @param profile      business profile
 * @param blockUsers   block list
 * @param qrCodes      QR codes
 * @param automation   conversational automation
 */
public record NumberSettingsEndpoints(NumberSettingsStore store, BusinessProfileEndpoint profile,
        BlockUsersEndpoint blockUsers, QrCodesEndpoint qrCodes, ConversationalAutomationEndpoint automation) {

    public static NumberSettingsEndpoints create(ConversationWindows windows) {
        NumberSettingsStore store = new NumberSettingsStore();
        return new NumberSettingsEndpoints(
                store, new BusinessProfileEndpoint(store),
                new BlockUsersEndpoint(store, windows), new QrCodesEndpoint(store),
                new ConversationalAutomationEndpoint(store));
    }
}
