package dev.camelwhatsapp.cloud.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import dev.camelwhatsapp.cloud.model.inbound.WebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook payloads recorded in the shape Meta sends, from {@code src/test/resources/webhook}.
 */
final class Fixtures {

    static final String WABA_ID = "102290129340398";
    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String DISPLAY_PHONE_NUMBER = "15550783881";

    private static final WebhookPayloadParser PARSER = new WebhookPayloadParser();

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/webhook/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<WebhookEventEnvelope> parse(String name) {
        return PARSER.parse(bytes(name));
    }

    static WebhookEventEnvelope single(String name) {
        List<WebhookEventEnvelope> events = parse(name);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    static <T extends WebhookEvent> T singleEvent(String name, Class<T> type) {
        WebhookEvent event = single(name).event();
        assertThat(event).isInstanceOf(type);
        return type.cast(event);
    }
}
