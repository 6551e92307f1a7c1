package dev.camelwhatsapp.cloud.management;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.WhatsAppCloudOperation;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudBadRequestException;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudTemplateException;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudTokenException;
import dev.camelwhatsapp.cloud.model.TemplateMessage;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;
import dev.camelwhatsapp.cloud.model.inbound.field.TemplateStatusUpdate;
import dev.camelwhatsapp.cloud.test.Emulated;
import dev.camelwhatsapp.cloud.webhook.WebhookEventEnvelope;
import dev.camelwhatsapp.cloud.webhook.internal.FieldEffects;
import dev.camelwhatsapp.emulator.TemplateStatus;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** Every management operation against the emulator, which knows nothing of the component. */
class ManagementEmulatorTest extends CamelTestSupport {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension().resetBeforeEachTest();

    @TempDir
    Path tempDir;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:op").to(Emulated.endpoint(emulator, ""));
                from("direct:wrongWaba").toF("whatsapp-cloud:%s?accessToken=RAW(%s)&baseUri=%s&wabaId=999000",
                        DEFAULT_PHONE_NUMBER_ID, DEFAULT_ACCESS_TOKEN, emulator.baseUri());
                from("direct:checkedSend").to(Emulated.endpoint(emulator, "&templateCheck=true"));
            }
        };
    }

    Exchange run(String from, WhatsAppCloudOperation operation, Object body, Map<String, Object> headers) {
        return Emulated.run(template, from, operation, body, headers);
    }

    Exchange run(WhatsAppCloudOperation operation, Object body, Map<String, Object> headers) {
        return run("direct:op", operation, body, headers);
    }

    @Test
    void mediaRoundTripUploadDescribeDownloadDelete() throws Exception {
        Path pdf = tempDir.resolve("invoice.pdf");
        byte[] content = ("%PDF-1.4\n" + "receipt line\n".repeat(50_000)).getBytes();
        Files.write(pdf, content);

        MediaUpload upload = run(WhatsAppCloudOperation.uploadMedia, pdf, Map.of()).getMessage()
                .getBody(MediaUpload.class);
        MediaInfo info = run(WhatsAppCloudOperation.getMedia, upload.id(), Map.of()).getMessage()
                .getBody(MediaInfo.class);
        Exchange download = run(WhatsAppCloudOperation.downloadMedia, upload.id(), Map.of());
        Exchange deleted = run(WhatsAppCloudOperation.deleteMedia, upload.id(), Map.of());
        Exchange gone = run(WhatsAppCloudOperation.getMedia, upload.id(), Map.of());

        assertThat(info.fileSize()).isEqualTo(content.length);
        assertThat(info.mimeType()).isEqualTo("application/pdf");
        assertThat(download.getException()).isNull();
        assertThat(download.getMessage().getBody(DownloadedMedia.class).sha256()).isEqualTo(info.sha256());
        assertThat(download.getMessage().getBody(DownloadedMedia.class).size()).isEqualTo(content.length);
        assertThat(deleted.getMessage().getBody()).isEqualTo(true);
        assertThat(gone.getException()).isInstanceOf(WhatsAppCloudBadRequestException.class);
        assertThat(((WhatsAppCloudApiException) gone.getException()).getCode()).isEqualTo(100);
    }

    @Test
    void aDownloadDamagedOnItsWayFailsTheSha256Check() {
        byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 1, 2, 3, 4 };
        String mediaId = run(WhatsAppCloudOperation.uploadMedia, jpeg, Map.of()).getMessage()
                .getBody(MediaUpload.class).id();
        emulator.emulator().injectFault(dev.camelwhatsapp.emulator.Fault.corruptBody()
                .onPathsContaining("/whatsapp_business/attachments/"));

        Exchange damaged = run(WhatsAppCloudOperation.downloadMedia, mediaId, Map.of());
        Exchange intact = run(WhatsAppCloudOperation.downloadMedia, mediaId, Map.of());

        assertThat(damaged.getException()).isInstanceOf(MediaChecksumException.class);
        assertThat(intact.getException()).isNull();
        assertThat(intact.getMessage().getBody(DownloadedMedia.class).size()).isEqualTo(jpeg.length);
    }

    @Test
    void downloadOfAnInboundMediaMessageUsesItsMediaPart() {
        byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };
        String mediaId = run(WhatsAppCloudOperation.uploadMedia, jpeg, Map.of()).getMessage()
                .getBody(MediaUpload.class).id();
        var inbound = new dev.camelwhatsapp.cloud.model.inbound.InboundMessage(
                null, null, "wamid.in-1", "15551234567",
                null, null, "image", null, null, null, List.of(), new dev.camelwhatsapp.cloud.model.inbound.MediaPart(
                        "image", mediaId, "image/jpeg", null, null, null, null, false, false));

        Exchange result = run(WhatsAppCloudOperation.downloadMedia, inbound, Map.of());

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.MEDIA_MIME_TYPE)).isEqualTo("image/jpeg");
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.MEDIA_SIZE)).isEqualTo((long) jpeg.length);
    }

    @Test
    void listTemplatesReadsEveryPage() {
        for (int i = 1; i <= 27; i++) {
            emulator.emulator().addTemplate(dev.camelwhatsapp.emulator.TemplateDefinition.builder("notice_" + i,
                    "en_US")
                    .category("UTILITY").status(TemplateStatus.APPROVED).body("Notice number " + i + " for you.")
                    .build());
        }

        @SuppressWarnings("unchecked")
        List<TemplateInfo> all = run(WhatsAppCloudOperation.listTemplates, null, Map.of()).getMessage()
                .getBody(List.class);
        @SuppressWarnings("unchecked")
        List<TemplateInfo> filtered = run(WhatsAppCloudOperation.listTemplates, null,
                Map.of(WhatsAppCloudConstants.TEMPLATE_NAME, "notice_2")).getMessage().getBody(List.class);

        assertThat(all).hasSize(30);
        assertThat(all).extracting(TemplateInfo::name).contains("hello_world", "notice_1", "notice_27");
        assertThat(filtered).extracting(TemplateInfo::name).allMatch(n -> n.contains("notice_2"));
    }

    @Test
    void createdTemplateIsReviewedAndAgreesWithTheLinter() {
        TemplateDefinition clean = TemplateLinterTest.clean().build();
        TemplateDefinition bad = TemplateDefinition.builder("order_update_bad", "en_US", TemplateCategory.UTILITY)
                .body("Hello {{1}}, your order {{3}} shipped.", "Maria", "#48213").build();

        Exchange created = run(WhatsAppCloudOperation.createTemplate, clean, Map.of());
        Exchange forced = run(WhatsAppCloudOperation.createTemplate, bad,
                Map.of(WhatsAppCloudConstants.SUBMIT_WITH_LINT_ERRORS, true));
        emulator.emulator().advanceClock(Duration.ofMinutes(5));
        TemplateInfo approved = template("order_shipped");
        TemplateInfo rejected = template("order_update_bad");

        assertThat(created.getMessage().getBody(TemplateInfo.class).status()).isEqualTo("PENDING");
        assertThat(forced.getException()).isNull();
        assertThat(approved.status()).isEqualTo("APPROVED");
        assertThat(approved.definition().body()).isEqualTo(clean.body());
        assertThat(rejected.status()).isEqualTo("REJECTED");
        assertThat(TemplateLinter.lint(bad).errors()).extracting(LintFinding::rule)
                .containsExactly(LintRule.VARIABLE_SEQUENCE);
    }

    @Test
    void getAndDeleteATemplate() {
        Exchange missing = run(WhatsAppCloudOperation.getTemplate, null, Map.of(
                WhatsAppCloudConstants.TEMPLATE_NAME, "hello_world", WhatsAppCloudConstants.TEMPLATE_LANGUAGE, "de"));
        Exchange deleted = run(WhatsAppCloudOperation.deleteTemplate, "hello_world", Map.of());

        assertThat(missing.getException()).isInstanceOf(WhatsAppCloudTemplateException.class);
        assertThat(deleted.getMessage().getBody()).isEqualTo(true);
        assertThat(emulator.emulator().templates()).extracting(t -> t.name()).doesNotContain("hello_world");
    }

    @Test
    void phoneNumberDeregisteredThenPinSetAndRegisteredAgain() throws Exception {
        graphPost("/" + DEFAULT_PHONE_NUMBER_ID + "/deregister");
        PhoneNumberInfo before = run(WhatsAppCloudOperation.getPhoneNumber, null, Map.of()).getMessage()
                .getBody(PhoneNumberInfo.class);

        run(WhatsAppCloudOperation.setTwoStepPin, "135790", Map.of());
        Exchange wrongPin = run(WhatsAppCloudOperation.registerPhoneNumber, "000000", Map.of());
        Exchange register = run(WhatsAppCloudOperation.registerPhoneNumber, "135790", Map.of());
        PhoneNumberInfo after = run(WhatsAppCloudOperation.getPhoneNumber, null, Map.of()).getMessage()
                .getBody(PhoneNumberInfo.class);

        assertThat(before.isRegistered()).isFalse();
        assertThat(((WhatsAppCloudApiException) wrongPin.getException()).getCode()).isEqualTo(133005);
        assertThat(register.getMessage().getBody()).isEqualTo(true);
        assertThat(after.isRegistered()).isTrue();
        assertThat(after.pinEnabled()).isTrue();
        assertThat(after.qualityRating()).isEqualTo("GREEN");
    }

    @Test
    void listPhoneNumbersSubscribedAppsAndDebugToken() {
        emulator.emulator().setSubscribed(false);

        @SuppressWarnings("unchecked")
        List<PhoneNumberInfo> numbers = run(WhatsAppCloudOperation.listPhoneNumbers, null, Map.of()).getMessage()
                .getBody(List.class);
        List<?> before = run(WhatsAppCloudOperation.getSubscribedApps, null, Map.of()).getMessage().getBody(List.class);
        run(WhatsAppCloudOperation.subscribeApp, null, Map.of());
        List<?> after = run(WhatsAppCloudOperation.getSubscribedApps, null, Map.of()).getMessage().getBody(List.class);
        TokenInfo token = run(WhatsAppCloudOperation.debugToken, null, Map.of()).getMessage().getBody(TokenInfo.class);

        assertThat(numbers).extracting(PhoneNumberInfo::id).containsExactly(DEFAULT_PHONE_NUMBER_ID);
        assertThat(before).isEmpty();
        assertThat(after).hasSize(1);
        assertThat(emulator.emulator().subscribed()).isTrue();
        assertThat(token.valid()).isTrue();
        assertThat(token.neverExpires()).isTrue();
        assertThat(token.missingScopes()).isEmpty();
        assertThat(token.appId()).isEqualTo(WhatsAppCloudEmulator.DEFAULT_APP_ID);
    }

    @Test
    void errorPathsWrongWabaUnknownMediaAndExpiredToken() {
        Exchange wrongWaba = run("direct:wrongWaba", WhatsAppCloudOperation.getSubscribedApps, null, Map.of());
        Exchange unknownMedia = run(WhatsAppCloudOperation.downloadMedia, "987654321", Map.of());
        emulator.emulator().setTokenValid(false);
        Exchange expired = run(WhatsAppCloudOperation.listTemplates, null, Map.of());

        assertThat(wrongWaba.getException()).isInstanceOf(WhatsAppCloudBadRequestException.class);
        assertThat(((WhatsAppCloudApiException) wrongWaba.getException()).getSubcode()).contains(33);
        assertThat(((WhatsAppCloudApiException) unknownMedia.getException()).getCode()).isEqualTo(100);
        assertThat(expired.getException()).isInstanceOf(WhatsAppCloudTokenException.class)
                .hasMessageNotContaining(DEFAULT_ACCESS_TOKEN);
    }

    @Test
    void templateCheckFailsAPendingTemplateBeforeSendingAndPassesAnApprovedOne() {
        emulator.emulator().setTemplateStatus("order_confirmation", "en_US", TemplateStatus.PENDING);

        Exchange pending = checkedSend(TemplateMessage.withBodyParameters("order_confirmation", "en_US", List.of("Ann",
                "#1234")));
        Exchange wrongCount = checkedSend(TemplateMessage.withBodyParameters("delivery_update", "en_US", List.of(
                "Ann")));
        Exchange fine = checkedSend(TemplateMessage.builder("hello_world", "en_US").build());

        assertThat(pending.getException()).isInstanceOf(WhatsAppCloudTemplateException.class)
                .hasMessageContaining("is PENDING, not APPROVED");
        assertThat(wrongCount.getException()).isInstanceOf(WhatsAppCloudTemplateException.class)
                .hasMessageContaining("expects 1 header parameter(s) but 0 were given");
        assertThat(fine.getException()).isNull();
        // only the approved, fitting template reached the Cloud API
        assertThat(emulator.emulator().sentMessages()).singleElement()
                .satisfies(sent -> assertThat(sent.id()).isEqualTo(fine.getMessage().getHeader(
                        WhatsAppCloudConstants.MESSAGE_ID)));
    }

    @Test
    void templateCheckReadsARawTemplateAsItReadsATypedOne() {
        // a Map body is a raw message: the check reads its name, language and parameters from the request it holds
        Exchange wrongCount = checkedSend(Map.of("type", "template", "template", Map.of("name", "delivery_update",
                "language", Map.of("code", "en_US"), "components", List.of(Map.of("type", "body",
                        "parameters", List.of(Map.of("type", "text", "text", "Ann")))))));
        Exchange fine = checkedSend(Map.of("type", "template", "template", Map.of("name", "hello_world",
                "language", Map.of("code", "en_US"))));

        assertThat(wrongCount.getException()).isInstanceOf(WhatsAppCloudTemplateException.class)
                .hasMessageContaining("expects 1 header parameter(s) but 0 were given");
        assertThat(fine.getException()).isNull();
        assertThat(emulator.emulator().sentMessages()).singleElement()
                .satisfies(sent -> assertThat(sent.id()).isEqualTo(fine.getMessage().getHeader(
                        WhatsAppCloudConstants.MESSAGE_ID)));
    }

    @Test
    void aPausedTemplateIsRefusedByTheCheckAsSoonAsItsWebhookArrives() {
        FieldEffects effects = new FieldEffects(
                null, TemplateChanges.of(context), java.time.Clock.systemUTC(),
                new java.util.concurrent.ConcurrentHashMap<>());
        TemplateMessage hello = TemplateMessage.builder("hello_world", "en_US").build();
        assertThat(checkedSend(hello).getException()).isNull(); // read and cached as APPROVED

        effects.apply(templateEvent("PAUSED"));
        Exchange paused = checkedSend(hello);
        effects.apply(templateEvent("REINSTATED"));
        Exchange reinstated = checkedSend(hello);

        assertThat(paused.getException()).isInstanceOf(WhatsAppCloudTemplateException.class)
                .hasMessageContaining("is PAUSED, not APPROVED");
        assertThat(reinstated.getException()).isNull();
        assertThat(emulator.emulator().sentMessages()).hasSize(2);
    }

    private static WebhookEventEnvelope templateEvent(String event) {
        return WebhookEventEnvelope.of(new TemplateStatusUpdate(
                new WebhookContext(DEFAULT_WABA_ID, "message_template_status_update", null, null),
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), event, "1", "hello_world",
                "en_US", null, null, null, null));
    }

    private Exchange checkedSend(Object message) {
        return template.request("direct:checkedSend", e -> {
            e.getMessage().setBody(message);
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, "15551234567");
        });
    }

    private TemplateInfo template(String name) {
        return run(WhatsAppCloudOperation.getTemplate, null, Map.of(WhatsAppCloudConstants.TEMPLATE_NAME, name,
                WhatsAppCloudConstants.TEMPLATE_LANGUAGE, "en_US")).getMessage().getBody(TemplateInfo.class);
    }

    private static void graphPost(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(emulator.baseUri() + "/v26.0" + path))
                .header("Authorization", "Bearer " + DEFAULT_ACCESS_TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
