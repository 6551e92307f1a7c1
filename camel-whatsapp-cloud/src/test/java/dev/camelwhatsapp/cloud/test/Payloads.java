package dev.camelwhatsapp.cloud.test;

import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * Webhook payloads built to measure: many events of one kind, in the shape Meta sends; and Meta's answer to a send, for
 * the emulator to give verbatim where its own checks are beside the point.
 */
public final class Payloads {

    /** Meta's answer to an accepted template send. */
    public static final String SEND_SUCCESS = """
            {"messaging_product":"whatsapp","contacts":[{"input":"15551234567","wa_id":"15551234567"}],\
            "messages":[{"id":"wamid.HBgLMTU1NTEyMzQ1NjcVAgARGBI3","message_status":"accepted"}]}""";

    private Payloads() {
    }

    /** One change of the {@code messages} field carrying the given status and message items. */
    public static byte[] messagesValue(String statusesJson, String messagesJson) {
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"" + WebhookTestServer.WABA_ID
                + "\",\"changes\":[{\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\","
                + "\"metadata\":{\"display_phone_number\":\"15550783881\",\"phone_number_id\":\""
                + WebhookTestServer.PHONE_NUMBER_ID + "\"},"
                + "\"contacts\":[{\"profile\":{\"name\":\"Sheena Nelson\"},\"wa_id\":\"16505551234\"}],"
                + "\"statuses\":[" + statusesJson + "],\"messages\":[" + messagesJson + "]}}]}]}";
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code count} delivered statuses of distinct outgoing messages {@code prefix0}, {@code prefix1}, ... */
    public static byte[] statuses(String prefix, int count) {
        StringJoiner statuses = new StringJoiner(",");
        for (int i = 0; i < count; i++) {
            statuses.add(status(prefix + i, "delivered", "1750099000"));
        }
        return messagesValue(statuses.toString(), "");
    }

    /** One status item. */
    public static String status(String id, String status, String timestamp) {
        return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"timestamp\":\"" + timestamp
                + "\",\"recipient_id\":\"16505551234\",\"conversation\":{\"id\":\"CONVERSATION_ID\","
                + "\"origin\":{\"type\":\"service\"}},\"pricing\":{\"billable\":true,\"pricing_model\":\"PMP\","
                + "\"category\":\"service\"}}";
    }

    /** One text message item. */
    public static String textMessage(String id, String text) {
        return "{\"from\":\"16505551234\",\"id\":\"" + id + "\",\"timestamp\":\"1749416383\",\"type\":\"text\","
                + "\"text\":{\"body\":\"" + text + "\"}}";
    }
}
