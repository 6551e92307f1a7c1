package dev.camelwhatsapp.cloud.management;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.WhatsAppCloudOperation;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudBadRequestException;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudTemplateException;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudTokenException;
import dev.camelwhatsapp.cloud.model.inbound.InboundMessage;
import dev.camelwhatsapp.cloud.model.inbound.MediaPart;
import dev.camelwhatsapp.cloud.test.FakeGraphApi;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static dev.camelwhatsapp.cloud.test.FakeGraphApi.PHONE_NUMBER_ID;
import static dev.camelwhatsapp.cloud.test.FakeGraphApi.TOKEN;
import static dev.camelwhatsapp.cloud.test.FakeGraphApi.WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;

class ManagementOperationsTest extends CamelTestSupport {

    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            1, 2, 3, 4 };

    @RegisterExtension
    static FakeGraphApi meta = new FakeGraphApi();

    @TempDir
    Path tempDir;

    final ObjectMapper mapper = new ObjectMapper();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:op").toF("whatsapp-cloud:%s?accessToken=RAW(%s)&baseUri=%s&wabaId=%s", PHONE_NUMBER_ID,
                        TOKEN, meta.baseUri(), WABA_ID);
                from("direct:noWaba").toF("whatsapp-cloud:%s?accessToken=RAW(%s)&baseUri=%s", PHONE_NUMBER_ID, TOKEN,
                        meta.baseUri());
                from("direct:wrongWaba").toF("whatsapp-cloud:%s?accessToken=RAW(%s)&baseUri=%s&wabaId=999000",
                        PHONE_NUMBER_ID, TOKEN, meta.baseUri());
            }
        };
    }

    Exchange run(WhatsAppCloudOperation operation, Object body, Map<String, Object> headers) {
        return run("direct:op", operation, body, headers);
    }

    Exchange run(String from, WhatsAppCloudOperation operation, Object body, Map<String, Object> headers) {
        return template.request(from, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new LinkedHashMap<>(headers));
            e.getMessage().setHeader(WhatsAppCloudConstants.OPERATION, operation);
        });
    }

    // ---- media ----

    @Test
    void uploadMediaSendsMultipartAndReturnsTheMediaId() {
        Exchange result = run(WhatsAppCloudOperation.uploadMedia, PNG, Map.of());

        assertThat(result.getException()).isNull();
        MediaUpload upload = result.getMessage().getBody(MediaUpload.class);
        assertThat(upload.mimeType()).isEqualTo("image/png");
        assertThat(upload.size()).isEqualTo(PNG.length);
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.MEDIA_ID)).isEqualTo(upload.id());
        assertThat(meta.media.get(upload.id())).isEqualTo(PNG);
        assertThat(meta.requests("POST", "/media").get(0).authorization()).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void uploadMediaStreamsAFileAndTakesTheTypeFromItsName() throws Exception {
        Path pdf = tempDir.resolve("invoice-48213.pdf");
        byte[] content = ("%PDF-1.7\n" + "x".repeat(300_000)).getBytes();
        Files.write(pdf, content);

        Exchange result = run(WhatsAppCloudOperation.uploadMedia, pdf.toFile(), Map.of());

        MediaUpload upload = result.getMessage().getBody(MediaUpload.class);
        assertThat(upload.filename()).isEqualTo("invoice-48213.pdf");
        assertThat(upload.mimeType()).isEqualTo("application/pdf");
        assertThat(meta.media.get(upload.id())).isEqualTo(content);
        assertThat(meta.mediaTypes.get(upload.id())).isEqualTo("application/pdf");
    }

    @Test
    void uploadMediaRefusesOversizedAndUnsupportedMediaBeforeSending() {
        Exchange tooBig = run(WhatsAppCloudOperation.uploadMedia, new byte[5 * 1024 * 1024 + 1],
                Map.of(WhatsAppCloudConstants.MEDIA_MIME_TYPE, "image/jpeg"));
        Exchange staticSticker = run(WhatsAppCloudOperation.uploadMedia, webp(false, 150 * 1024), Map.of());
        Exchange unsupported = run(WhatsAppCloudOperation.uploadMedia, PNG,
                Map.of(WhatsAppCloudConstants.MEDIA_MIME_TYPE, "image/gif"));
        Exchange unknown = run(WhatsAppCloudOperation.uploadMedia, new byte[] { 1, 2, 3 }, Map.of());

        assertThat(tooBig.getException()).isInstanceOf(InvalidMediaException.class)
                .hasMessage("The media media is 5242881 bytes; WhatsApp accepts at most 5 MB for image/jpeg");
        assertThat(staticSticker.getException()).hasMessageContaining("at most 100 KB for image/webp");
        assertThat(unsupported.getException()).hasMessageStartingWith("WhatsApp does not accept media of type image/gif");
        assertThat(unknown.getException()).hasMessageContaining("set the CamelWhatsAppCloudMediaMimeType header");
        assertThat(meta.requests).isEmpty();
    }

    @Test
    void animatedStickerMayBeLargerThanAStaticOne() {
        Exchange result = run(WhatsAppCloudOperation.uploadMedia, webp(true, 300 * 1024), Map.of());

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(MediaUpload.class).mimeType()).isEqualTo("image/webp");
    }

    @Test
    void getMediaReadsMetasShapeWithFileSizeAsString() {
        String id = meta.addMedia("image/jpeg", new byte[] { 1, 2, 3, 4 });

        Exchange result = run(WhatsAppCloudOperation.getMedia, id, Map.of());

        MediaInfo info = result.getMessage().getBody(MediaInfo.class);
        assertThat(info.id()).isEqualTo(id);
        assertThat(info.fileSize()).isEqualTo(4);
        assertThat(info.mimeType()).isEqualTo("image/jpeg");
        assertThat(info.url()).startsWith(meta.baseUri() + "/media-download/");
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.MEDIA_SHA256)).isEqualTo(info.sha256());
    }

    @Test
    void downloadMediaStreamsToAVerifiedTempFileDeletedWhenTheExchangeCompletes() throws Exception {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(7).nextBytes(content);
        String id = meta.addMedia("application/pdf", content);
        Path[] file = new Path[1];
        byte[][] seen = new byte[1][];
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:download").setHeader(WhatsAppCloudConstants.OPERATION, constant("downloadMedia"))
                        .toF("whatsapp-cloud:%s?accessToken=RAW(%s)&baseUri=%s", PHONE_NUMBER_ID, TOKEN, meta.baseUri())
                        .process(e -> {
                            DownloadedMedia media = e.getMessage().getBody(DownloadedMedia.class);
                            file[0] = media.file();
                            try (var in = media.openStream()) {
                                seen[0] = in.readAllBytes();
                            }
                        });
            }
        });

        Exchange result = template.request("direct:download", e -> e.getMessage().setBody(id));

        assertThat(result.getException()).isNull();
        DownloadedMedia media = result.getMessage().getBody(DownloadedMedia.class);
        assertThat(seen[0]).isEqualTo(content);
        assertThat(media.size()).isEqualTo(content.length);
        assertThat(media.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(media.mimeType()).isEqualTo("application/pdf");
        assertThat(file[0]).doesNotExist();
        assertThat(meta.requests("GET", "/media-download/" + id).get(0).authorization()).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void downloadMediaTakesTheIdFromAnInboundMediaMessage() {
        String id = meta.addMedia("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 9 });
        InboundMessage inbound = new InboundMessage(null, null, "wamid.in-1", "15551234567", null, null, "image", null,
                null, null, List.of(), new MediaPart("image", id, "image/jpeg", null, null, "receipt", null, false,
                        false));

        Exchange result = run(WhatsAppCloudOperation.downloadMedia, inbound, Map.of());

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.MEDIA_ID)).isEqualTo(id);
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.MEDIA_SIZE)).isEqualTo(4L);
    }

    @Test
    void downloadMediaWithAWrongSha256FailsClearlyAndKeepsNothing() throws Exception {
        String id = meta.addMedia("image/png", PNG);
        meta.corruptSha256 = true;
        long before = tempMediaFiles();

        Exchange result = run(WhatsAppCloudOperation.downloadMedia, id, Map.of());

        assertThat(result.getException()).isInstanceOf(MediaChecksumException.class)
                .hasMessageContaining("The SHA-256 of media " + id + " is ")
                .hasMessageContaining("has been discarded");
        assertThat(tempMediaFiles()).isEqualTo(before);
    }

    @Test
    void unknownMediaIdFailsWithMetasError() {
        Exchange result = run(WhatsAppCloudOperation.getMedia, "424242", Map.of());

        assertThat(result.getException()).isInstanceOf(WhatsAppCloudBadRequestException.class);
        assertThat(((WhatsAppCloudApiException) result.getException()).getCode()).isEqualTo(100);
        assertThat(((WhatsAppCloudApiException) result.getException()).getSubcode()).contains(33);
    }

    @Test
    void deleteMediaRemovesIt() {
        String id = meta.addMedia("image/png", PNG);

        Exchange result = run(WhatsAppCloudOperation.deleteMedia, null, Map.of(WhatsAppCloudConstants.MEDIA_ID, id));

        assertThat(result.getMessage().getBody()).isEqualTo(true);
        assertThat(meta.media).doesNotContainKey(id);
    }

    // ---- templates ----

    @Test
    void listTemplatesFollowsEveryPageByCursorNeverTheNextUrl() {
        meta.templatePageSize = 3;
        for (int i = 1; i <= 7; i++) {
            meta.addTemplate("notice_" + i, "en_US", i % 2 == 0 ? "PENDING" : "APPROVED", "Notice " + i + " for you.");
        }

        Exchange result = run(WhatsAppCloudOperation.listTemplates, null, Map.of());

        @SuppressWarnings("unchecked")
        List<TemplateInfo> templates = result.getMessage().getBody(List.class);
        assertThat(templates).extracting(TemplateInfo::name)
                .containsExactly("notice_1", "notice_2", "notice_3", "notice_4", "notice_5", "notice_6", "notice_7");
        List<FakeGraphApi.Request> calls = meta.requests("GET", "/message_templates");
        assertThat(calls).hasSize(3);
        assertThat(calls).extracting(r -> r.query().get("after")).containsExactly(null, "c2", "c5");
        assertThat(calls).allSatisfy(r -> assertThat(r.query()).doesNotContainKey("access_token"));
    }

    @Test
    void listTemplatesFiltersByStatusAndLanguage() {
        meta.addTemplate("order_shipped", "en_US", "APPROVED", "Your order shipped.");
        meta.addTemplate("order_shipped", "de", "PENDING", "Ihre Bestellung ist unterwegs.");
        meta.addTemplate("order_paid", "en_US", "PENDING", "Your order is paid.");

        Exchange result = run(WhatsAppCloudOperation.listTemplates, null,
                Map.of(WhatsAppCloudConstants.TEMPLATE_STATUS, "PENDING"));

        @SuppressWarnings("unchecked")
        List<TemplateInfo> templates = result.getMessage().getBody(List.class);
        assertThat(templates).extracting(TemplateInfo::name, TemplateInfo::language).containsExactly(
                org.assertj.core.groups.Tuple.tuple("order_shipped", "de"),
                org.assertj.core.groups.Tuple.tuple("order_paid", "en_US"));
        assertThat(meta.requests("GET", "/message_templates").get(0).query()).containsEntry("status", "PENDING");
    }

    @Test
    void getTemplateByNameAndLanguageOrById() {
        meta.addTemplate("order_shipped", "de", "APPROVED", "Hallo {{1}}, unterwegs.", "Maria");
        String id = meta.addTemplate("order_shipped", "en_US", "APPROVED", "Hello {{1}}, it shipped.", "Maria")
                .path("id").asText();

        Exchange byName = run(WhatsAppCloudOperation.getTemplate, null, Map.of(
                WhatsAppCloudConstants.TEMPLATE_NAME, "order_shipped", WhatsAppCloudConstants.TEMPLATE_LANGUAGE, "en_US"));
        Exchange byId = run(WhatsAppCloudOperation.getTemplate, id, Map.of());

        TemplateInfo info = byName.getMessage().getBody(TemplateInfo.class);
        assertThat(info.id()).isEqualTo(id);
        assertThat(info.isApproved()).isTrue();
        assertThat(info.definition().body()).isEqualTo(TemplateBody.of("Hello {{1}}, it shipped.", "Maria"));
        assertThat(byId.getMessage().getBody(TemplateInfo.class).language()).isEqualTo("en_US");
        assertThat(byName.getMessage().getHeader(WhatsAppCloudConstants.TEMPLATE_STATUS)).isEqualTo("APPROVED");
    }

    @Test
    void getTemplateThatDoesNotExistFailsLike132001() {
        Exchange result = run(WhatsAppCloudOperation.getTemplate, null, Map.of(
                WhatsAppCloudConstants.TEMPLATE_NAME, "order_lost", WhatsAppCloudConstants.TEMPLATE_LANGUAGE, "en_US"));

        assertThat(result.getException()).isInstanceOf(WhatsAppCloudTemplateException.class)
                .hasMessageContaining("Template order_lost (en_US) does not exist in WhatsApp Business Account "
                                      + WABA_ID);
        assertThat(((WhatsAppCloudApiException) result.getException()).getCode()).isEqualTo(132001);
    }

    @Test
    void createTemplateSubmitsTheDefinitionAndReturnsItPending() throws Exception {
        TemplateDefinition definition = TemplateLinterTest.clean().build();

        Exchange result = run(WhatsAppCloudOperation.createTemplate, definition, Map.of());

        assertThat(result.getException()).isNull();
        TemplateInfo created = result.getMessage().getBody(TemplateInfo.class);
        assertThat(created.status()).isEqualTo("PENDING");
        assertThat(created.definition()).isEqualTo(definition);
        assertThat(mapper.readTree(meta.requests("POST", "/message_templates").get(0).body()))
                .isEqualTo(definition.toGraphJson());
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.TEMPLATE_ID)).isEqualTo(created.id());
    }

    @Test
    void createTemplateRefusesLintErrorsUnlessToldToSubmitAnyway() {
        TemplateDefinition bad = TemplateLinterTest.clean().body("{{1}}, your order shipped.", "test").build();

        Exchange refused = run(WhatsAppCloudOperation.createTemplate, bad, Map.of());
        assertThat(refused.getException()).isInstanceOf(TemplateLintException.class);
        assertThat(((TemplateLintException) refused.getException()).getReport().errors()).extracting(LintFinding::rule)
                .containsExactly(LintRule.VARIABLE_AT_EDGE, LintRule.EXAMPLE_PLACEHOLDER);
        assertThat(meta.requests("POST", "/message_templates")).isEmpty();

        Exchange forced = run(WhatsAppCloudOperation.createTemplate, bad,
                Map.of(WhatsAppCloudConstants.SUBMIT_WITH_LINT_ERRORS, true));
        assertThat(forced.getException()).isNull();
        assertThat(meta.requests("POST", "/message_templates")).hasSize(1);
    }

    @Test
    void lintTemplateAcceptsAMapInMetasShape() {
        Map<String, Object> json = Map.of("name", "order_shipped", "language", "en_US", "category", "UTILITY",
                "components", List.of(Map.of("type", "BODY", "text", "Hello {{1}}, order {{3}} shipped.",
                        "example", Map.of("body_text", List.of(List.of("Maria", "#48213"))))));

        Exchange result = run(WhatsAppCloudOperation.lintTemplate, json, Map.of());

        LintReport report = result.getMessage().getBody(LintReport.class);
        assertThat(report.errors()).extracting(LintFinding::rule).containsExactly(LintRule.VARIABLE_SEQUENCE);
        assertThat(meta.requests).isEmpty();
    }

    @Test
    void deleteTemplateByNameAndOneTranslationById() {
        meta.addTemplate("order_shipped", "en_US", "APPROVED", "Your order shipped.");
        String german = meta.addTemplate("order_shipped", "de", "APPROVED", "Unterwegs.").path("id").asText();
        meta.addTemplate("order_paid", "en_US", "APPROVED", "Your order is paid.");

        run(WhatsAppCloudOperation.deleteTemplate, null, Map.of(WhatsAppCloudConstants.TEMPLATE_NAME, "order_shipped",
                WhatsAppCloudConstants.TEMPLATE_ID, german));
        assertThat(meta.templates).extracting(t -> t.path("language").asText()).containsExactly("en_US", "en_US");
        Exchange all = run(WhatsAppCloudOperation.deleteTemplate, "order_shipped", Map.of());

        assertThat(all.getMessage().getBody()).isEqualTo(true);
        assertThat(meta.templates).extracting(t -> t.path("name").asText()).containsExactly("order_paid");
    }

    @Test
    void templateOperationsNeedTheWabaIdAndAWrongOneFailsWithMetasError() {
        Exchange missing = run("direct:noWaba", WhatsAppCloudOperation.listTemplates, null, Map.of());
        Exchange wrong = run("direct:wrongWaba", WhatsAppCloudOperation.listTemplates, null, Map.of());

        assertThat(missing.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("listTemplates needs the wabaId option");
        assertThat(wrong.getException()).isInstanceOf(WhatsAppCloudBadRequestException.class)
                .hasMessageContaining("Object with ID '999000' does not exist");
    }

    // ---- phone numbers and account ----

    @Test
    void getPhoneNumberReadsQualityStatusVerificationThroughputAndTier() {
        meta.quality = "YELLOW";

        PhoneNumberInfo number = run(WhatsAppCloudOperation.getPhoneNumber, null, Map.of()).getMessage()
                .getBody(PhoneNumberInfo.class);

        assertThat(number).isEqualTo(new PhoneNumberInfo(PHONE_NUMBER_ID, "+1 555-555-5555", "Jaspers Market",
                "YELLOW", "REGISTERED", "VERIFIED", "APPROVED", "TIER_1K", "STANDARD", false, "CLOUD_API"));
        assertThat(meta.requests.get(0).query().get("fields")).isEqualTo(PhoneNumberInfo.FIELDS);
    }

    @Test
    void listPhoneNumbersOfTheWaba() {
        @SuppressWarnings("unchecked")
        List<PhoneNumberInfo> numbers = run(WhatsAppCloudOperation.listPhoneNumbers, null, Map.of()).getMessage()
                .getBody(List.class);

        assertThat(numbers).extracting(PhoneNumberInfo::id).containsExactly(PHONE_NUMBER_ID);
    }

    @Test
    void setTwoStepPinThenRegisterWithIt() throws Exception {
        meta.status = "PENDING";

        Exchange pin = run(WhatsAppCloudOperation.setTwoStepPin, "246810", Map.of());
        Exchange register = run(WhatsAppCloudOperation.registerPhoneNumber, "246810", Map.of());

        assertThat(pin.getMessage().getBody()).isEqualTo(true);
        assertThat(register.getMessage().getBody()).isEqualTo(true);
        assertThat(meta.status).isEqualTo("REGISTERED");
        assertThat(mapper.readTree(meta.requests("POST", "/register").get(0).body()))
                .isEqualTo(mapper.readTree("{\"messaging_product\":\"whatsapp\",\"pin\":\"246810\"}"));
    }

    @Test
    void aMalformedPinIsRefusedLocallyWithoutQuotingIt() {
        Exchange result = run(WhatsAppCloudOperation.registerPhoneNumber, "12345x", Map.of());

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("registerPhoneNumber needs the six-digit two-step verification PIN as body")
                .hasMessageNotContaining("12345x");
        assertThat(meta.requests).isEmpty();
    }

    @Test
    void registerWithTheWrongPinFailsWithMetasError() {
        meta.pin = "111111";

        Exchange result = run(WhatsAppCloudOperation.registerPhoneNumber, "222222", Map.of());

        assertThat(((WhatsAppCloudApiException) result.getException()).getCode()).isEqualTo(133005);
        assertThat(result.getException().getMessage()).doesNotContain("222222", "111111");
    }

    @Test
    void subscribedAppsAndSubscribing() {
        meta.subscribed = false;

        Exchange before = run(WhatsAppCloudOperation.getSubscribedApps, null, Map.of());
        run(WhatsAppCloudOperation.subscribeApp, null, Map.of());
        Exchange after = run(WhatsAppCloudOperation.getSubscribedApps, null, Map.of());

        assertThat(before.getMessage().getBody(List.class)).isEmpty();
        assertThat(after.getMessage().getBody(List.class)).containsExactly(
                new SubscribedApp(FakeGraphApi.APP_ID, "Order Bot", "https://www.facebook.com/games/?app_id="
                                                                    + FakeGraphApi.APP_ID));
    }

    @Test
    void debugTokenReportsValidityExpiryAndScopesWithoutTheToken() {
        meta.tokenExpiresAt = System.currentTimeMillis() / 1000 + 3600;

        TokenInfo token = run(WhatsAppCloudOperation.debugToken, null, Map.of()).getMessage().getBody(TokenInfo.class);

        assertThat(token.valid()).isTrue();
        assertThat(token.expiresAt().getEpochSecond()).isEqualTo(meta.tokenExpiresAt);
        assertThat(token.scopes()).containsExactly("whatsapp_business_management", "whatsapp_business_messaging");
        assertThat(token.missingScopes()).isEmpty();
        assertThat(token.toString()).doesNotContain(TOKEN);
        assertThat(meta.requests.get(0).query()).containsEntry("input_token", TOKEN);
    }

    @Test
    void anExpiredTokenFailsEveryOperationWithATokenException() {
        meta.tokenValid = false;

        Exchange number = run(WhatsAppCloudOperation.getPhoneNumber, null, Map.of());
        Exchange templates = run(WhatsAppCloudOperation.listTemplates, null, Map.of());
        TokenInfo token = run(WhatsAppCloudOperation.debugToken, null, Map.of()).getMessage().getBody(TokenInfo.class);

        assertThat(number.getException()).isInstanceOf(WhatsAppCloudTokenException.class)
                .hasMessageNotContaining(TOKEN);
        assertThat(templates.getException()).isInstanceOf(WhatsAppCloudTokenException.class);
        assertThat(token.valid()).isFalse();
        assertThat(token.errorCode()).isEqualTo(190);
    }

    private static byte[] webp(boolean animated, int size) {
        byte[] bytes = new byte[size];
        byte[] head = { 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'X', 10, 0, 0, 0,
                (byte) (animated ? 0x02 : 0) };
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static long tempMediaFiles() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("whatsapp-media-")).count();
        }
    }
}
