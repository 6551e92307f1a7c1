package dev.camelwhatsapp.emulator.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.support.GraphClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmulatorMainTest {

    @Test
    void optionsOverrideTheConfigFile(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("emulator.json");
        Files.writeString(config, """
                {
                  "access_token": "from-file",
                  "waba_id": "555",
                  "business_numbers": [{"id": "777", "display_phone_number": "+44 7700 900000", "verified_name": "Shop"}],
                  "users": [{"wa_id": "447700900123", "name": "Olivia", "reads_messages": false}],
                  "templates": [{"name": "welcome", "language": "en_GB", "category": "MARKETING",
                                 "components": [{"type": "BODY", "text": "Welcome aboard!"}]}],
                  "throughput_per_second": 5,
                  "pair_rate": {"burst": 2, "interval_ms": 1000}
                }
                """);

        try (WhatsAppCloudEmulator emulator = EmulatorMain.create(new String[]{
                "--config", config.toString(), "--port", "0", "--access-token", "from-cli", "--app-secret", "s" })) {
            GraphClient client = new GraphClient(emulator.start(), "from-cli");

            assertThat(client.get("/v26.0/777").json().path("display_phone_number").asText())
                    .isEqualTo("+44 7700 900000");
            assertThat(client.withToken("from-file").get("/v26.0/777").errorCode()).isEqualTo(190);
            assertThat(client.get("/v26.0/555/message_templates?name=welcome").json().path("data")).hasSize(1);
            assertThat(emulator.throughputPerSecond()).isEqualTo(5);
            assertThat(emulator.pairRateBurst()).isEqualTo(2);
            assertThat(emulator.settings().users()).singleElement().satisfies(u -> assertThat(u.readsMessages())
                    .isFalse());
        }
    }

    @Test
    void theConfigFileDefinesUsersKnownOnlyByBusinessScopedUserId(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("emulator.json");
        Files.writeString(config, """
                {
                  "users": [{"wa_id": "447700900123", "name": "Olivia"},
                            {"user_id": "US.13491208655302741918", "username": "maria.lopez", "name": "Maria"}]
                }
                """);

        try (WhatsAppCloudEmulator emulator = EmulatorMain.create(new String[]{
                "--config", config.toString(), "--port", "0" })) {
            assertThat(emulator.settings().users()).hasSize(2);
            assertThat(emulator.settings().users().get(0).userId()).startsWith("GB.");
            assertThat(emulator.settings().users().get(1)).satisfies(maria -> {
                assertThat(maria.waId()).isNull();
                assertThat(maria.userId()).isEqualTo("US.13491208655302741918");
                assertThat(maria.username()).isEqualTo("maria.lopez");
            });
        }
        Files.writeString(config, """
                {"users": [{"name": "nobody"}]}
                """);
        assertThatThrownBy(() -> EmulatorMain.create(new String[]{ "--config", config.toString() }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wa_id");
    }

    @Test
    void unknownOptionsAreRefused() {
        assertThatThrownBy(() -> EmulatorMain.create(new String[]{ "--colour", "blue" }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--colour");
        assertThatThrownBy(() -> EmulatorMain.create(new String[]{ "--port" }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
