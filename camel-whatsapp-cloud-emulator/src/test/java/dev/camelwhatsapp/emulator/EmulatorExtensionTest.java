package dev.camelwhatsapp.emulator;

import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import dev.camelwhatsapp.emulator.support.GraphClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmulatorExtensionTest {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension extension = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().accessToken("custom-token")).resetBeforeEachTest();

    @Test
    @Order(1)
    void startsTheConfiguredEmulatorAndInjectsIt(WhatsAppCloudEmulator injected) {
        assertThat(injected).isSameAs(extension.emulator());
        GraphClient client = new GraphClient(extension.baseUri(), "custom-token");
        assertThat(client.get("/v26.0/" + WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID).status()).isEqualTo(200);
        injected.simulateText(WhatsAppCloudEmulator.DEFAULT_USER_WA_ID, "state to be reset");
        assertThat(injected.inboundMessages()).hasSize(1);
    }

    @Test
    @Order(2)
    void resetsStateBeforeEachTest(WhatsAppCloudEmulator injected) {
        assertThat(injected.inboundMessages()).isEmpty();
        assertThat(injected.baseUri()).isEqualTo(extension.baseUri());
    }
}
