package dev.camelwhatsapp.examples.quarkus;

import java.net.URI;
import java.util.Map;

import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the WhatsApp Cloud API emulator on a free port of 127.0.0.1 before Quarkus starts, and points the
 * application's configuration at it.
 */
public class WhatsAppCloudEmulatorResource implements QuarkusTestResourceLifecycleManager {

    static final String TOKEN = "quarkus-example-token";
    static final String APP_SECRET = "quarkus-example-app-secret";
    static final String VERIFY_TOKEN = "quarkus-example-verify-token";

    private WhatsAppCloudEmulator emulator;

    @Override
    public Map<String, String> start() {
        emulator = WhatsAppCloudEmulator.builder().accessToken(TOKEN).appSecret(APP_SECRET).build();
        URI base = emulator.start();
        return Map.of(
                "whatsapp.base-uri", base.toString(),
                "whatsapp.token", TOKEN,
                "whatsapp.secret", APP_SECRET,
                "whatsapp.webhook-verify-token", VERIFY_TOKEN,
                "whatsapp.phone-number-id", WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(emulator,
                new TestInjector.AnnotatedAndMatchesType(InjectEmulator.class, WhatsAppCloudEmulator.class));
    }

    @Override
    public void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }
}
