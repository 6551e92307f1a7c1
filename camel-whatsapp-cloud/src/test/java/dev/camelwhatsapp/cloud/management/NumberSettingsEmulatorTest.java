package dev.camelwhatsapp.cloud.management;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import dev.camelwhatsapp.cloud.WhatsAppCloudOperation;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;
import dev.camelwhatsapp.cloud.test.Emulated;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Business profile, block list, QR codes and conversational automation through routes, against the emulator. */
@SuppressWarnings("unchecked")
class NumberSettingsEmulatorTest extends CamelTestSupport {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension().resetBeforeEachTest();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:op").to(Emulated.endpoint(emulator, ""));
            }
        };
    }

    private Exchange run(WhatsAppCloudOperation operation, Object body) {
        return Emulated.run(template, "direct:op", operation, body, Map.of());
    }

    @Test
    void businessProfileUpdateThenRead() {
        BusinessProfile update = BusinessProfile.builder().about("Fresh bread every morning")
                .email("hello@bakery.example").websites("https://bakery.example").vertical("GROCERY").build();

        Exchange updated = run(WhatsAppCloudOperation.updateBusinessProfile, update);
        Exchange read = run(WhatsAppCloudOperation.getBusinessProfile, null);

        assertThat(updated.getException()).isNull();
        assertThat(updated.getMessage().getBody()).isEqualTo(true);
        BusinessProfile profile = read.getMessage().getBody(BusinessProfile.class);
        assertThat(profile.about()).isEqualTo("Fresh bread every morning");
        assertThat(profile.email()).isEqualTo("hello@bakery.example");
        assertThat(profile.websites()).containsExactly("https://bakery.example");
        assertThat(profile.vertical()).isEqualTo("GROCERY");
    }

    @Test
    void businessProfileLimitsAreCheckedBeforeAnyCall() {
        assertThatThrownBy(() -> BusinessProfile.builder().about("a".repeat(140)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("139");
        assertThatThrownBy(() -> BusinessProfile.builder().websites("https://a", "https://b", "https://c").build())
                .hasMessageContaining("at most 2");
        assertThatThrownBy(() -> BusinessProfile.builder().websites("bakery.example").build())
                .hasMessageContaining("http://");
        assertThatThrownBy(() -> BusinessProfile.builder().vertical("SPACESHIPS").build())
                .hasMessageContaining("SPACESHIPS");

        Exchange refused = run(WhatsAppCloudOperation.updateBusinessProfile, "not a profile");
        assertThat(refused.getException()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blockListUnblockAUserWhoWrote() {
        emulator.emulator().simulateText(DEFAULT_USER_WA_ID, "spam");

        Exchange blocked = run(WhatsAppCloudOperation.blockUsers, "+" + DEFAULT_USER_WA_ID);
        List<Object> listed = run(WhatsAppCloudOperation.listBlockedUsers, null).getMessage().getBody(List.class);
        Exchange unblocked = run(WhatsAppCloudOperation.unblockUsers, List.of(DEFAULT_USER_WA_ID));
        List<?> after = run(WhatsAppCloudOperation.listBlockedUsers, null).getMessage().getBody(List.class);

        assertThat(blocked.getMessage().getBody(List.class))
                .containsExactly(new BlockedUser("+" + DEFAULT_USER_WA_ID, DEFAULT_USER_WA_ID));
        assertThat(listed).containsExactly(new BlockedUser(null, DEFAULT_USER_WA_ID));
        assertThat(unblocked.getMessage().getBody(List.class))
                .containsExactly(new BlockedUser(DEFAULT_USER_WA_ID, DEFAULT_USER_WA_ID));
        assertThat(after).isEmpty();
    }

    @Test
    void blockingSomeoneWhoNeverWroteFailsWithMetasCode() {
        Exchange refused = run(WhatsAppCloudOperation.blockUsers, "15550001111");

        assertThat(refused.getException()).isInstanceOf(WhatsAppCloudApiException.class);
        assertThat(((WhatsAppCloudApiException) refused.getException()).getCode()).isEqualTo(139100);
        assertThat(((BlockUsersPartiallyFailedException) refused.getException()).getSucceededUsers()).isEmpty();
    }

    @Test
    void aPartlyFailedBlockSaysWhichUsersWereBlockedAndWhichFailedWithWhichError() {
        emulator.emulator().simulateText(DEFAULT_USER_WA_ID, "spam");

        Exchange partly = run(WhatsAppCloudOperation.blockUsers, List.of("+" + DEFAULT_USER_WA_ID, "15550001111"));

        assertThat(partly.getException()).isInstanceOfSatisfying(BlockUsersPartiallyFailedException.class, e -> {
            assertThat(e.getCode()).isEqualTo(139100);
            assertThat(e.getSucceededUsers()).containsExactly(new BlockedUser(
                    "+" + DEFAULT_USER_WA_ID, DEFAULT_USER_WA_ID));
            assertThat(e.getFailedUsers()).singleElement().satisfies(failed -> {
                assertThat(failed.input()).isEqualTo("15550001111");
                assertThat(failed.waId()).isEqualTo("15550001111");
                assertThat(failed.code()).isEqualTo(131047);
                assertThat(failed.details()).contains("24 hours");
            });
            assertThat(e.getMessage()).contains("1 succeeded, 1 failed").contains("15550001111 131047");
        });
        // Meta applied the request to the user it could block
        assertThat(run(WhatsAppCloudOperation.listBlockedUsers, null).getMessage().getBody(List.class))
                .containsExactly(new BlockedUser(null, DEFAULT_USER_WA_ID));
    }

    @Test
    void blockInputIsCheckedBeforeAnyCall() {
        assertThat(run(WhatsAppCloudOperation.blockUsers, "").getException())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(run(WhatsAppCloudOperation.blockUsers, "not-a-number").getException())
                .hasMessageContaining("not-a-number");
        List<String> tooMany = java.util.stream.IntStream.range(0, 1001).mapToObj(i -> "1555" + (1000000 + i))
                .toList();
        assertThat(run(WhatsAppCloudOperation.blockUsers, tooMany).getException()).hasMessageContaining("1000");
        assertThat(emulator.emulator().sentMessages()).isEmpty();
    }

    @Test
    void qrCodesCreateUpdateListDelete() {
        QrCode created = run(WhatsAppCloudOperation.createQrCode, "Show me today's bread").getMessage()
                .getBody(QrCode.class);
        QrCode changed = run(WhatsAppCloudOperation.createQrCode,
                QrCodeRequest.update(created.code(), "Show me the cakes")).getMessage().getBody(QrCode.class);
        List<Object> listed = run(WhatsAppCloudOperation.listQrCodes, null).getMessage().getBody(List.class);
        Exchange deleted = run(WhatsAppCloudOperation.deleteQrCode, created.code());
        List<?> after = run(WhatsAppCloudOperation.listQrCodes, null).getMessage().getBody(List.class);

        assertThat(created.code()).matches(NumberSettingsLimits.QR_CODE_PATTERN);
        assertThat(created.deepLinkUrl()).isEqualTo("https://wa.me/message/" + created.code());
        assertThat(changed.prefilledMessage()).isEqualTo("Show me the cakes");
        assertThat(listed).containsExactly(changed);
        assertThat(deleted.getMessage().getBody()).isEqualTo(true);
        assertThat(after).isEmpty();
    }

    @Test
    void aQrCodeAskedWithAnImageComesWithADownloadableImageUrl() throws Exception {
        QrCode png = run(WhatsAppCloudOperation.createQrCode,
                QrCodeRequest.create("Show me today's bread").withImage(QrCodeRequest.ImageFormat.PNG)).getMessage()
                .getBody(QrCode.class);
        QrCode svg = run(WhatsAppCloudOperation.createQrCode,
                QrCodeRequest.create("Show me the cakes").withImage(QrCodeRequest.ImageFormat.SVG)).getMessage()
                .getBody(QrCode.class);
        QrCode plain = run(WhatsAppCloudOperation.createQrCode, "Show me the pies").getMessage()
                .getBody(QrCode.class);

        assertThat(plain.qrImageUrl()).isNull();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> pngImage = http.send(HttpRequest.newBuilder(URI.create(png.qrImageUrl())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pngImage.statusCode()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(pngImage.body()))).isNotNull();
        HttpResponse<String> svgImage = http.send(HttpRequest.newBuilder(URI.create(svg.qrImageUrl())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(svgImage.headers().firstValue("Content-Type")).contains("image/svg+xml");
        assertThat(svgImage.body()).contains("<svg ");
    }

    @Test
    void qrCodeInputIsCheckedBeforeAnyCall() {
        assertThatThrownBy(() -> QrCodeRequest.create("x".repeat(141))).hasMessageContaining("140");
        assertThat(run(WhatsAppCloudOperation.deleteQrCode, "lowercase").getException())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(run(WhatsAppCloudOperation.createQrCode, 42).getException())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void conversationalAutomationIsSetAndLimited() {
        ConversationalAutomation automation = ConversationalAutomation.builder().welcomeMessage(true)
                .prompt("What's fresh today?").command("hours", "Our opening hours").build();

        Exchange set = run(WhatsAppCloudOperation.setConversationalAutomation, automation);

        assertThat(set.getException()).isNull();
        assertThat(set.getMessage().getBody()).isEqualTo(true);
        assertThatThrownBy(() -> ConversationalAutomation.builder().prompt("a").prompt("b").prompt("c").prompt("d")
                .build()).hasMessageContaining("3");
        assertThatThrownBy(() -> ConversationalAutomation.builder().command("bad name", "x").build())
                .hasMessageContaining("bad name");
        assertThatThrownBy(() -> ConversationalAutomation.builder().command("a", "x").command("a", "y").build())
                .hasMessageContaining("twice");
    }
}
