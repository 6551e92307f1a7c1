package dev.camelwhatsapp.emulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import dev.camelwhatsapp.emulator.media.MediaEndpoint;
import dev.camelwhatsapp.emulator.support.GraphClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;

class MediaApiTest {

    private static final String UPLOAD = "/v26.0/" + DEFAULT_PHONE_NUMBER_ID + "/media";
    private static final String BOUNDARY = "----emulatortest";

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension extension = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder()).resetBeforeEachTest();

    private GraphClient client;

    @BeforeEach
    void client() {
        client = new GraphClient(extension.baseUri(), DEFAULT_ACCESS_TOKEN);
    }

    @Test
    void uploadDescribeDownloadAndDelete() throws Exception {
        byte[] image = "\u0089PNG fake image bytes".getBytes(StandardCharsets.ISO_8859_1);

        GraphClient.Response upload = upload("image/png", "photo.png", image);
        assertThat(upload.status()).as(String.valueOf(upload.json())).isEqualTo(200);
        String id = upload.json().path("id").asText();
        assertThat(id).matches("\\d+");

        GraphClient.Response described = client.get("/v26.0/" + id);
        JsonNode json = described.json();
        assertThat(json.path("mime_type").asText()).isEqualTo("image/png");
        assertThat(json.path("file_size").asLong()).isEqualTo(image.length);
        assertThat(json.path("sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image)));
        assertThat(json.path("messaging_product").asText()).isEqualTo("whatsapp");
        String url = json.path("url").asText();

        assertThat(client.getAbsolute(url, false).status()).isEqualTo(401);
        GraphClient.Response download = client.getAbsolute(url, true);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(image);
        assertThat(download.headers().get("content-type")).containsExactly("image/png");

        assertThat(client.delete("/v26.0/" + id).json().path("success").asBoolean()).isTrue();
        GraphClient.Response afterDelete = client.get("/v26.0/" + id);
        assertThat(afterDelete.errorCode()).isEqualTo(100);
        assertThat(afterDelete.json().path("error").path("error_subcode").asInt()).isEqualTo(33);
    }

    @Test
    void aCorruptBodyFaultDamagesTheDownloadSoItsSha256NoLongerMatches() throws Exception {
        byte[] document = "%PDF-1.4 receipt".getBytes(StandardCharsets.ISO_8859_1);
        String id = upload("application/pdf", "receipt.pdf", document).json().path("id").asText();
        JsonNode described = client.get("/v26.0/" + id).json();
        extension.emulator().injectFault(Fault.corruptBody().onPathsContaining(MediaEndpoint.DOWNLOAD_PATH));

        byte[] damaged = client.getAbsolute(described.path("url").asText(), true).bytes();
        byte[] intact = client.getAbsolute(described.path("url").asText(), true).bytes();

        assertThat(damaged).hasSameSizeAs(document).isNotEqualTo(document);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(damaged)))
                .isNotEqualTo(described.path("sha256").asText());
        assertThat(intact).isEqualTo(document);
    }

    @Test
    void downloadUrlExpiresAfterFiveMinutes() {
        String id = upload("application/pdf", "a.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))
                .json().path("id").asText();
        String url = client.get("/v26.0/" + id).json().path("url").asText();

        extension.emulator().advanceClock(Duration.ofMinutes(6));

        assertThat(client.getAbsolute(url, true).status()).isEqualTo(404);
        String fresh = client.get("/v26.0/" + id).json().path("url").asText();
        assertThat(client.getAbsolute(fresh, true).status()).isEqualTo(200);
    }

    @Test
    void unsupportedMimeTypeIs131053() {
        GraphClient.Response response = upload("image/gif", "a.gif", new byte[]{ 1, 2, 3 });

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo(131053);
        assertThat(response.errorDetails()).contains("image/gif");
    }

    @Test
    void sizeLimitsDependOnTheType() {
        byte[] staticSticker = new byte[150 * 1024];
        byte[] animatedSticker = new byte[150 * 1024];
        System.arraycopy("RIFF....WEBPVP8XANIM".getBytes(StandardCharsets.US_ASCII), 0, animatedSticker, 0, 20);

        GraphClient.Response tooBig = upload("image/webp", "s.webp", staticSticker);
        assertThat(tooBig.errorCode()).isEqualTo(131053);
        assertThat(tooBig.errorDetails()).contains("too big").contains("100KB");
        assertThat(upload("image/webp", "a.webp", animatedSticker).status()).isEqualTo(200);
        assertThat(upload("image/jpeg", "big.jpg", new byte[5 * 1024 * 1024 + 1]).errorCode()).isEqualTo(131053);
    }

    @Test
    void uploadWithoutMessagingProductIs100() {
        byte[] body = multipart(null, "image/png", "a.png", new byte[]{ 1 });
        assertThat(client.postBytes(UPLOAD, "multipart/form-data; boundary=" + BOUNDARY, body).errorCode())
                .isEqualTo(100);
    }

    @Test
    void sendingAnUnknownMediaIdFailsAsynchronouslyWith131053() {
        extension.emulator().simulateText(WhatsAppCloudEmulator.DEFAULT_USER_WA_ID, "send me the file");
        String wamid = client.post("/v26.0/" + DEFAULT_PHONE_NUMBER_ID + "/messages", "{\"messaging_product\":"
                + "\"whatsapp\",\"to\":\"15551234567\",\"type\":\"document\",\"document\":{\"id\":\"123\"}}").wamid();

        org.awaitility.Awaitility.await().until(() -> extension.emulator().sentMessage(wamid).orElseThrow()
                .status() == MessageStatus.FAILED);
        assertThat(extension.emulator().sentMessage(wamid).orElseThrow().errorCode()).isEqualTo(131053);
    }

    private GraphClient.Response upload(String mimeType, String filename, byte[] content) {
        return client.postBytes(UPLOAD, "multipart/form-data; boundary=" + BOUNDARY,
                multipart("whatsapp", mimeType, filename, content));
    }

    private static byte[] multipart(String product, String mimeType, String filename, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (product != null) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"messaging_product\"\r\n\r\n"
                    + product + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + mimeType
                + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + mimeType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
