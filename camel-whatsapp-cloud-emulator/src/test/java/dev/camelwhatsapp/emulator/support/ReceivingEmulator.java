package dev.camelwhatsapp.emulator.support;

import java.util.function.UnaryOperator;

import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;

/**
 * An emulator that delivers its webhooks to a {@link WebhookReceiver}, with a {@link GraphClient} holding the default
 * access token: started once for the test class, stopped after it. Register it on a static field with
 * {@code @RegisterExtension}.
 */
public final class ReceivingEmulator implements BeforeAllCallback, AfterAllCallback {

    private final UnaryOperator<WhatsAppCloudEmulator.Builder> settings;
    private WebhookReceiver receiver;
    private WhatsAppCloudEmulator emulator;
    private GraphClient client;

    /** An emulator with its defaults. */
    public ReceivingEmulator() {
        this(UnaryOperator.identity());
    }

    /**
     * @param settings adds to the builder, whose webhook URL is the receiver's already (users, templates, ...)
     */
    public ReceivingEmulator(UnaryOperator<WhatsAppCloudEmulator.Builder> settings) {
        this.settings = settings;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        receiver = new WebhookReceiver();
        emulator = settings.apply(WhatsAppCloudEmulator.builder().webhookUrl(receiver.uri())).build();
        client = new GraphClient(emulator.start(), DEFAULT_ACCESS_TOKEN);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        emulator.stop();
        receiver.close();
    }

    public WebhookReceiver receiver() {
        return receiver;
    }

    public WhatsAppCloudEmulator emulator() {
        return emulator;
    }

    public GraphClient client() {
        return client;
    }
}
