package dev.camelwhatsapp.emulator;

import java.net.URI;

import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import dev.camelwhatsapp.emulator.support.GraphClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(WhatsAppCloudEmulatorExtension.class)
class EmulatorExtensionInjectionTest {

    private static URI startedAt;

    @BeforeAll
    static void remember(WhatsAppCloudEmulator emulator) {
        startedAt = emulator.baseUri();
    }

    @Test
    void injectsOneDefaultEmulatorPerClass(WhatsAppCloudEmulator emulator) {
        assertThat(emulator.baseUri()).isEqualTo(startedAt);
        assertThat(emulator.baseUri().getHost()).isEqualTo("127.0.0.1");
        GraphClient client = new GraphClient(emulator.baseUri(), WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN);
        assertThat(client.get("/v26.0/" + WhatsAppCloudEmulator.DEFAULT_WABA_ID + "/message_templates").status())
                .isEqualTo(200);
    }
}
