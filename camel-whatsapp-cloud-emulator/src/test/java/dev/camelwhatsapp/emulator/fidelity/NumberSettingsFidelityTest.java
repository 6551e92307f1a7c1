package dev.camelwhatsapp.emulator.fidelity;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import dev.camelwhatsapp.emulator.support.GraphClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** Business profile, block list, QR codes and conversational automation against Meta's examples. */
class NumberSettingsFidelityTest {

    private static final String NUMBER = "/v23.0/" + DEFAULT_PHONE_NUMBER_ID;

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension extension = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder()).resetBeforeEachTest();

    private GraphClient client;

    @BeforeEach
    void client() {
        client = new GraphClient(extension.baseUri(), DEFAULT_ACCESS_TOKEN);
    }

    @Test
    void businessProfileUpdateWithMetasExampleThenReadBack() {
        JsonNode update = MetaExamples.load("business-profile-update-request");
        JsonNode answer = client.post(NUMBER + "/whatsapp_business_profile", update).json();
        assertThat(answer).isEqualTo(MetaExamples.load("business-profile-update-response"));

        JsonNode read = client.get(NUMBER + "/whatsapp_business_profile").json();
        // Meta's document wraps each profile in "business_profile"; Meta's API answers the fields flat in data[]
        JsonNode metaProfile = MetaExamples.load("business-profile-get").path("data").path(0)
                .path("business_profile");
        JsonNode profile = read.path("data").path(0);
        MetaExamples.assertSameKeys(profile, metaProfile);
        for (String field : new String[]{ "about", "address", "description", "email", "vertical" }) {
            assertThat(profile.path(field)).as(field).isEqualTo(update.path(field));
        }
        assertThat(profile.path("websites")).isEqualTo(update.path("websites"));
    }

    @Test
    void businessProfileFieldsAndLimits() {
        JsonNode read = client.get(NUMBER + "/whatsapp_business_profile?fields=about,vertical").json().path("data")
                .path(0);
        assertThat(read.path("vertical").asText()).isEqualTo("UNDEFINED");
        assertThat(read.has("email")).isFalse();

        assertThat(client.post(NUMBER + "/whatsapp_business_profile",
                "{\"messaging_product\":\"whatsapp\",\"about\":\"" + "a".repeat(140) + "\"}").errorDetails())
                .contains("139");
        assertThat(client.post(NUMBER + "/whatsapp_business_profile",
                "{\"messaging_product\":\"whatsapp\",\"websites\":[\"https://a\",\"https://b\",\"https://c\"]}")
                .errorCode()).isEqualTo(100);
        assertThat(client.post(NUMBER + "/whatsapp_business_profile",
                "{\"messaging_product\":\"whatsapp\",\"email\":\"not-an-email\"}").errorCode()).isEqualTo(100);
        assertThat(client.post(NUMBER + "/whatsapp_business_profile",
                "{\"messaging_product\":\"whatsapp\",\"vertical\":\"SPACESHIPS\"}").errorCode()).isEqualTo(100);
    }

    @Test
    void blockUnblockAndListMatchMetasExamples() {
        extension.emulator().simulateText("16505551234", "hi");
        JsonNode blocked = client.post(NUMBER + "/block_users", MetaExamples.load("block-users-request")).json();
        assertThat(blocked).isEqualTo(MetaExamples.load("block-users-response"));

        JsonNode list = client.get(NUMBER + "/block_users").json();
        JsonNode metaList = MetaExamples.load("blocked-users-list");
        assertThat(list.path("data")).isEqualTo(metaList.path("data"));
        MetaExamples.assertSameKeys(list, metaList);

        JsonNode unblocked = client.delete(NUMBER + "/block_users").json();
        assertThat(unblocked.path("error").path("code").asInt()).isEqualTo(100);
        GraphClient.Response removed = client.deleteWithBody(NUMBER + "/block_users",
                MetaExamples.load("block-users-request").toString());
        assertThat(removed.json()).isEqualTo(MetaExamples.load("unblock-users-response"));
        assertThat(client.get(NUMBER + "/block_users").json().path("data")).isEmpty();
    }

    @Test
    void blockingSomeoneWhoDidNotWriteFailsFor131047WithThePartialResult() {
        extension.emulator().simulateText(DEFAULT_USER_WA_ID, "hi");
        GraphClient.Response response = client.post(NUMBER + "/block_users",
                "{\"messaging_product\":\"whatsapp\",\"block_users\":[{\"user\":\"" + DEFAULT_USER_WA_ID + "\"},"
                        + "{\"user\":\"15550001111\"}]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").path("code").asInt()).isEqualTo(139100);
        assertThat(response.json().path("block_users").path("added_users").path(0).path("wa_id").asText())
                .isEqualTo(DEFAULT_USER_WA_ID);
        JsonNode failed = response.json().path("block_users").path("failed_users").path(0);
        assertThat(failed.path("input").asText()).isEqualTo("15550001111");
        assertThat(failed.path("errors").path(0).path("code").asInt()).isEqualTo(131047);
    }

    @Test
    void aMessageToABlockedUserFailsWith130403() {
        extension.emulator().simulateText(DEFAULT_USER_WA_ID, "hi");
        client.post(NUMBER + "/block_users", "{\"messaging_product\":\"whatsapp\",\"block_users\":[{\"user\":\""
                + DEFAULT_USER_WA_ID + "\"}]}");

        String wamid = client.post(NUMBER + "/messages", GraphClient.text(DEFAULT_USER_WA_ID, "still there?")).wamid();

        org.awaitility.Awaitility.await().until(() -> extension.emulator().sentMessage(wamid).orElseThrow().status()
                                                      == dev.camelwhatsapp.emulator.MessageStatus.FAILED);
        assertThat(extension.emulator().sentMessage(wamid).orElseThrow().errorCode()).isEqualTo(130403);
    }

    @Test
    void qrCodeLifecycleMatchesMetasExamples() {
        JsonNode created = client.post(NUMBER + "/message_qrdls", MetaExamples.load("qr-create-request")).json();
        MetaExamples.assertSameKeys(created, MetaExamples.load("qr-create-response"));
        String code = created.path("code").asText();
        assertThat(code).matches("[A-Z2-7]{14}");
        assertThat(created.path("deep_link_url").asText()).isEqualTo("https://wa.me/message/" + code);

        JsonNode list = client.get(NUMBER + "/message_qrdls").json();
        MetaExamples.assertSameKeys(list, MetaExamples.load("qr-list"));

        JsonNode updated = client.post(NUMBER + "/message_qrdls", "{\"code\":\"" + code
                + "\",\"prefilled_message\":\"Changed\"}").json();
        assertThat(updated.path("prefilled_message").asText()).isEqualTo("Changed");

        assertThat(client.delete(NUMBER + "/message_qrdls/" + code).json())
                .isEqualTo(MetaExamples.load("qr-delete-response"));
        assertThat(client.get(NUMBER + "/message_qrdls").json().path("data")).isEmpty();
        assertThat(client.post(NUMBER + "/message_qrdls", "{\"prefilled_message\":\"" + "x".repeat(141) + "\"}")
                .errorDetails()).contains("140");
    }

    @Test
    void qrImagesAreServedAtTheirUrlWithoutATokenUntilTheCodeIsDeleted() throws Exception {
        JsonNode png = client.post(NUMBER + "/message_qrdls",
                "{\"prefilled_message\":\"Bread?\",\"generate_qr_image\":\"PNG\"}").json();
        JsonNode svg = client.post(NUMBER + "/message_qrdls",
                "{\"prefilled_message\":\"Cakes?\",\"generate_qr_image\":\"SVG\"}").json();
        JsonNode none = client.post(NUMBER + "/message_qrdls", "{\"prefilled_message\":\"Pies?\"}").json();
        assertThat(none.has("qr_image_url")).isFalse();

        HttpResponse<byte[]> pngImage = download(png.path("qr_image_url").asText());
        assertThat(pngImage.statusCode()).isEqualTo(200);
        assertThat(pngImage.headers().firstValue("Content-Type")).contains("image/png");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(pngImage.body()));
        assertThat(decoded.getWidth()).isEqualTo(296).isEqualTo(decoded.getHeight());
        // dark top-left finder square inside a white quiet zone
        assertThat(decoded.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(decoded.getRGB(4 * 8 + 1, 4 * 8 + 1) & 0xFFFFFF).isZero();
        // the same code's image is the same on every download
        assertThat(download(png.path("qr_image_url").asText()).body()).isEqualTo(pngImage.body());

        HttpResponse<byte[]> svgImage = download(svg.path("qr_image_url").asText());
        assertThat(svgImage.headers().firstValue("Content-Type")).contains("image/svg+xml");
        assertThat(new String(svgImage.body(), StandardCharsets.UTF_8)).startsWith("<?xml").contains("<svg ")
                .contains("<path fill=\"#000000\" d=\"M4 4h1v1h-1z");

        client.delete(NUMBER + "/message_qrdls/" + png.path("code").asText());
        assertThat(download(png.path("qr_image_url").asText()).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<byte[]> download(String url) throws Exception {
        assertThat(url).startsWith(extension.baseUri().toString().replaceAll("/$", "") + "/qr-images/");
        // no Authorization header: a public link, as Meta's CDN link is
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void conversationalAutomationWithMetasExampleAndItsLimits() {
        JsonNode request = MetaExamples.load("conversational-automation-request");
        assertThat(client.post(NUMBER + "/conversational_automation", request).json())
                .isEqualTo(MetaExamples.load("conversational-automation-response"));

        JsonNode read = client.get(NUMBER + "?fields=conversational_automation").json();
        assertThat(read.path("id").asText()).isEqualTo(DEFAULT_PHONE_NUMBER_ID);
        assertThat(read.path("conversational_automation")).isEqualTo(request);

        assertThat(client.post(NUMBER + "/conversational_automation",
                "{\"prompts\":[\"a\",\"b\",\"c\",\"d\"]}").errorDetails()).contains("Maximum allowed is 3");
        assertThat(client.post(NUMBER + "/conversational_automation",
                "{\"commands\":[{\"command_name\":\"bad name\",\"command_description\":\"x\"}]}").errorCode())
                .isEqualTo(100);
    }
}
