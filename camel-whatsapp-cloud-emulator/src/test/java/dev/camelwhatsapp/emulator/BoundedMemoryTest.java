package dev.camelwhatsapp.emulator;

import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

import dev.camelwhatsapp.emulator.support.GraphClient;
import dev.camelwhatsapp.emulator.support.WebhookReceiver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BoundedMemoryTest {

    @Test
    void oldestRecordsAreEvicted() {
        try (WhatsAppCloudEmulator emulator = WhatsAppCloudEmulator.builder().maxRecords(5).acceptAnyRecipient(true)
                .build()) {
            GraphClient client = new GraphClient(emulator.start(), WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN);
            List<String> wamids = IntStream.range(0, 8).mapToObj(i -> client.post("/v26.0/"
                    + WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID + "/messages", GraphClient.template(
                            "3161234500" + i, "hello_world", "en_US", null)).wamid()).toList();
            IntStream.range(0, 8).forEach(i -> emulator.simulateText("3161234500" + i, "hi"));

            assertThat(emulator.sentMessages()).extracting(SentMessage::id).containsExactlyElementsOf(wamids.subList(3,
                    8));
            assertThat(emulator.inboundMessages()).hasSize(5);
        }
    }

    @Test
    void oldestMediaIsEvictedBeyondTheByteCap() {
        try (WebhookReceiver receiver = new WebhookReceiver();
             WhatsAppCloudEmulator emulator = WhatsAppCloudEmulator.builder().maxMediaBytes(100)
                     .webhookUrl(receiver.uri()).build()) {
            GraphClient client = new GraphClient(emulator.start(), WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN);
            String document = "{\"from\":\"15551234567\",\"type\":\"document\",\"document\":{\"data_base64\":\""
                    + Base64.getEncoder().encodeToString(new byte[60]) + "\"}}";
            emulator.simulateInbound(document);
            emulator.simulateInbound(document);
            await().until(() -> receiver.messages().size() == 2);
            String evicted = receiver.messages().get(0).path("document").path("id").asText();
            String kept = receiver.messages().get(1).path("document").path("id").asText();

            assertThat(client.get("/v26.0/" + evicted).errorCode()).isEqualTo(100);
            assertThat(client.get("/v26.0/" + kept).json().path("file_size").asInt()).isEqualTo(60);
        }
    }
}
