package dev.camelwhatsapp.cloud.model.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaPartSha256Test {

    private static MediaPart withSha256(String sha256) {
        return new MediaPart("image", "1003383421387256", "image/jpeg", sha256, null, null, null, false, false);
    }

    @Test
    void base64FromWebhooksAndHexFromTheMediaEndpointGiveTheSameHex() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("a picture".getBytes(StandardCharsets.UTF_8));
        String hex = HexFormat.of().formatHex(digest);

        assertThat(withSha256(Base64.getEncoder().encodeToString(digest)).sha256Hex()).isEqualTo(hex);
        assertThat(withSha256(hex.toUpperCase()).sha256Hex()).isEqualTo(hex);
    }

    @Test
    void metasWebhookExampleDecodesToA32ByteDigest() {
        // the image webhook example of Meta's OpenAPI description
        assertThat(withSha256("SfInY0gGKTsJlUWbwxC1k+FAD0FZHvzwfpvO0zX0GUI=").sha256Hex())
                .isEqualTo("49f227634806293b0995459bc310b593e1400f41591efcf07e9bced335f41942");
    }

    @Test
    void absentOrMalformedGivesNull() {
        assertThat(withSha256(null).sha256Hex()).isNull();
        assertThat(withSha256("not a digest").sha256Hex()).isNull();
        assertThat(withSha256(Base64.getEncoder().encodeToString(new byte[16])).sha256Hex()).isNull();
    }
}
