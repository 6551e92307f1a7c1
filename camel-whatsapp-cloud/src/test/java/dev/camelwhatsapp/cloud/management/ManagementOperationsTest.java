package dev.camelwhatsapp.cloud.management;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
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
import dev.camelwhatsapp.cloud.test.Emulated;
import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.QualityRating;
import dev.camelwhatsapp.emulator.RecordedRequest;
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
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_APP_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The management operations one by one against the emulator: what goes on the wire (its recorded requests), what is
 * refused before anything is sent, and how Meta's answers are read. The emulator takes only its own token, so an
 * answered request carried it.
 */
class ManagementOperationsTest extends CamelTestSupport {

    static final String PHONE_NUMBER_ID = DEFAULT_PHONE_NUMBER_ID;
    static final String TOKEN = DEFAULT_ACCESS_TOKEN;
    static final String WABA_ID = DEFAULT_WABA_ID;

    static final byte[] PNG = {
            (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            1, 2, 3, 4 };

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension().resetBeforeEachTest();

    @TempDir
    Path tempDir;

    final ObjectMapper mapper = new ObjectMapper();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:op").to(Emulated.endpoint(emulator, ""));
                from("direct:noWaba").toF("whatsapp-cloud:%s?accessToken=RAW(%s)&baseUri=%s", PHONE_NUMBER_ID, TOKEN,
                        emulator.baseUri());
                from("direct:wrongWaba").toF("whatsapp-cloud:%s?accessToken=RAW(%s)&baseUri=%s&wabaId=999000",
                        PHONE_NUMBER_ID, TOKEN, emulator.baseUri());
            }
        };
    }

    Exchange run(WhatsAppCloudOperation operation, Object body, Map<String, Object> headers) {
        return run("direct:op", operation, body, headers);
    }

    Exchange run(String from, WhatsAppCloudOperation operation, Object body, Map<String, Object> headers) {
        return Emulated.run(template, from, operation, body, headers);
    }

    /** The requests received so far with this method and path ending. */
    static List<RecordedRequest> requests(String method, String pathEnd) {
        return emulator.emulator().receivedRequests().stream()
                .filter(r -> r.method().equals(method) && r.path().endsWith(pathEnd)).toList();
    }

    static List<RecordedRequest> requests() {
        return emulator.emulator().receivedRequests();
    }

    /** Uploads through the component and returns the media id. */
    String upload(byte[] content, String mimeType) {
        Exchange uploaded = run(WhatsAppCloudOperation.uploadMedia, content,
                Map.of(WhatsAppCloudConstants.MEDIA_MIME_TYPE, mimeType));
        assertThat(uploaded.getException()).isNull();
        return uploaded.getMessage().getBody(MediaUpload.class).id();
    }

    /** What the emulator stores for a media id, read back through the component's media description. */
    MediaInfo stored(String id) {
        Exchange described = run(WhatsAppCloudOperation.getMedia, id, Map.of());
        assertThat(described.getException()).isNull();
        return described.getMessage().getBody(MediaInfo.class);
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** Adds a UTILITY template as Meta stores it, with the body's example values. */
    static void addTemplate(String name, String language, TemplateStatus status, String bodyText, String... examples) {
        StringBuilder body = new StringBuilder("{\"type\":\"BODY\",\"text\":\"" + bodyText + "\"");
        if (examples.length > 0) {
            body.append(",\"example\":{\"body_text\":[[\"").append(String.join("\",\"", examples)).append("\"]]}");
        }
        emulator.emulator().addTemplate(dev.camelwhatsapp.emulator.TemplateDefinition.of(name, language, "UTILITY",
                status, "[" + body + "}]"));
    }

    String templateId(String name, String language) {
        return run(WhatsAppCloudOperation.getTemplate, null, Map.of(WhatsAppCloudConstants.TEMPLATE_NAME, name,
                WhatsAppCloudConstants.TEMPLATE_LANGUAGE, language)).getMessage().getBody(TemplateInfo.class).id();
    }

    // ---- media ----

    @Test
    void uploadMediaSendsMultipartAndReturnsTheMediaId() throws Exception {
        Exchange result = run(WhatsAppCloudOperation.uploadMedia, PNG, Map.of());

        assertThat(result.getException()).isNull();
        MediaUpload upload = result.getMessage().getBody(MediaUpload.class);
        assertThat(upload.mimeType()).isEqualTo("image/png");
        assertThat(upload.size()).isEqualTo(PNG.length);
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.MEDIA_ID)).isEqualTo(upload.id());
        assertThat(requests("POST", "/media").get(0).header("Content-Type")).startsWith("multipart/form-data");
        MediaInfo stored = stored(upload.id());
        assertThat(stored.fileSize()).isEqualTo(PNG.length);
        assertThat(stored.sha256()).isEqualTo(sha256(PNG));
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
        MediaInfo stored = stored(upload.id());
        assertThat(stored.sha256()).isEqualTo(sha256(content));
        assertThat(stored.fileSize()).isEqualTo(content.length);
        assertThat(stored.mimeType()).isEqualTo("application/pdf");
    }

    @Test
    void uploadMediaRefusesOversizedAndUnsupportedMediaBeforeSending() {
        Exchange tooBig = run(WhatsAppCloudOperation.uploadMedia, new byte[5 * 1024 * 1024 + 1],
                Map.of(WhatsAppCloudConstants.MEDIA_MIME_TYPE, "image/jpeg"));
        Exchange staticSticker = run(WhatsAppCloudOperation.uploadMedia, webp(false, 150 * 1024), Map.of());
        Exchange unsupported = run(WhatsAppCloudOperation.uploadMedia, PNG,
                Map.of(WhatsAppCloudConstants.MEDIA_MIME_TYPE, "image/gif"));
        Exchange unknown = run(WhatsAppCloudOperation.uploadMedia, new byte[]{ 1, 2, 3 }, Map.of());

        assertThat(tooBig.getException()).isInstanceOf(InvalidMediaException.class)
                .hasMessage("The media media is 5242881 bytes; WhatsApp accepts at most 5 MB for image/jpeg");
        assertThat(staticSticker.getException()).hasMessageContaining("at most 100 KB for image/webp");
        assertThat(unsupported.getException()).hasMessageStartingWith(
                "WhatsApp does not accept media of type image/gif");
        assertThat(unknown.getException()).hasMessageContaining("set the CamelWhatsAppCloudMediaMimeType header");
        assertThat(requests()).isEmpty();
    }

    @Test
    void animatedStickerMayBeLargerThanAStaticOne() {
        Exchange result = run(WhatsAppCloudOperation.uploadMedia, webp(true, 300 * 1024), Map.of());

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(MediaUpload.class).mimeType()).isEqualTo("image/webp");
    }

    @Test
    void getMediaReadsMetasShapeWithFileSizeAsString() {
        String id = upload(new byte[]{ (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 4 }, "image/jpeg");

        Exchange result = run(WhatsAppCloudOperation.getMedia, id, Map.of());

        MediaInfo info = result.getMessage().getBody(MediaInfo.class);
        assertThat(info.id()).isEqualTo(id);
        assertThat(info.fileSize()).isEqualTo(4);
        assertThat(info.mimeType()).isEqualTo("image/jpeg");
        assertThat(info.url()).startsWith(emulator.baseUri() + "/whatsapp_business/attachments/");
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.MEDIA_SHA256)).isEqualTo(info.sha256());
    }

    @Test
    void downloadMediaStreamsToAVerifiedTempFileDeletedWhenTheExchangeCompletes() throws Exception {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(7).nextBytes(content);
        String id = upload(content, "application/pdf");
        Path[] file = new Path[1];
        byte[][] seen = new byte[1][];
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:download").setHeader(WhatsAppCloudConstants.OPERATION, constant("downloadMedia"))
                        .toF("whatsapp-cloud:%s?accessToken=RAW(%s)&baseUri=%s", PHONE_NUMBER_ID, TOKEN, emulator
                                .baseUri())
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
        assertThat(media.sha256()).isEqualTo(sha256(content));
        assertThat(media.mimeType()).isEqualTo("application/pdf");
        assertThat(file[0]).doesNotExist();
        // the download URL needs the token too (401 without): the emulator served it
        assertThat(requests()).filteredOn(r -> r.path().startsWith("/whatsapp_business/attachments/")).hasSize(1);
    }

    @Test
    void downloadMediaTakesTheIdFromAnInboundMediaMessage() {
        String id = upload(new byte[]{ (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 9 }, "image/jpeg");
        InboundMessage inbound = new InboundMessage(
                null, null, "wamid.in-1", "15551234567", null, null, "image", null,
                null, null, List.of(), new MediaPart(
                        "image", id, "image/jpeg", null, null, "receipt", null, false,
                        false));

        Exchange result = run(WhatsAppCloudOperation.downloadMedia, inbound, Map.of());

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.MEDIA_ID)).isEqualTo(id);
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.MEDIA_SIZE)).isEqualTo(4L);
    }

    @Test
    void downloadMediaWithAWrongSha256FailsClearlyAndKeepsNothing() throws Exception {
        String id = upload(PNG, "image/png");
        emulator.emulator().injectFault(Fault.corruptBody().onPathsContaining("/whatsapp_business/attachments/"));
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
        String id = upload(PNG, "image/png");

        Exchange result = run(WhatsAppCloudOperation.deleteMedia, null, Map.of(WhatsAppCloudConstants.MEDIA_ID, id));

        assertThat(result.getMessage().getBody()).isEqualTo(true);
        assertThat(((WhatsAppCloudApiException) run(WhatsAppCloudOperation.getMedia, id, Map.of()).getException())
                .getSubcode()).contains(33);
    }

    // ---- templates ----

    @Test
    void listTemplatesFollowsEveryPageByCursorNeverTheNextUrl() {
        // the emulator's pages hold 25: the three default templates and 52 more make three pages
        List<String> notices = new java.util.ArrayList<>();
        for (int i = 1; i <= 52; i++) {
            addTemplate("notice_" + i, "en_US", i % 2 == 0 ? TemplateStatus.PENDING : TemplateStatus.APPROVED,
                    "Notice " + i + " for you.");
            notices.add("notice_" + i);
        }

        Exchange result = run(WhatsAppCloudOperation.listTemplates, null, Map.of());

        @SuppressWarnings("unchecked")
        List<TemplateInfo> templates = result.getMessage().getBody(List.class);
        assertThat(templates).hasSize(55).extracting(TemplateInfo::name).containsSubsequence(notices)
                .doesNotHaveDuplicates();
        List<RecordedRequest> calls = requests("GET", "/message_templates");
        assertThat(calls).hasSize(3);
        assertThat(calls.get(0).query()).doesNotContainKey("after");
        assertThat(calls.subList(1, 3)).allSatisfy(r -> assertThat(r.query().get("after")).isNotBlank());
        assertThat(calls.get(1).query().get("after")).isNotEqualTo(calls.get(2).query().get("after"));
        assertThat(calls).allSatisfy(r -> assertThat(r.query()).doesNotContainKey("access_token"));
    }

    @Test
    void listTemplatesFiltersByStatusAndLanguage() {
        addTemplate("order_shipped", "en_US", TemplateStatus.APPROVED, "Your order shipped.");
        addTemplate("order_shipped", "de", TemplateStatus.PENDING, "Ihre Bestellung ist unterwegs.");
        addTemplate("order_paid", "en_US", TemplateStatus.PENDING, "Your order is paid.");

        Exchange result = run(WhatsAppCloudOperation.listTemplates, null,
                Map.of(WhatsAppCloudConstants.TEMPLATE_STATUS, "PENDING"));

        @SuppressWarnings("unchecked")
        List<TemplateInfo> templates = result.getMessage().getBody(List.class);
        assertThat(templates).extracting(TemplateInfo::name, TemplateInfo::language).containsExactly(
                org.assertj.core.groups.Tuple.tuple("order_shipped", "de"),
                org.assertj.core.groups.Tuple.tuple("order_paid", "en_US"));
        assertThat(requests("GET", "/message_templates").get(0).query()).containsEntry("status", "PENDING");
    }

    @Test
    void getTemplateByNameAndLanguageOrById() {
        addTemplate("order_shipped", "de", TemplateStatus.APPROVED, "Hallo {{1}}, unterwegs.", "Maria");
        addTemplate("order_shipped", "en_US", TemplateStatus.APPROVED, "Hello {{1}}, it shipped.", "Maria");

        Exchange byName = run(WhatsAppCloudOperation.getTemplate, null, Map.of(
                WhatsAppCloudConstants.TEMPLATE_NAME, "order_shipped", WhatsAppCloudConstants.TEMPLATE_LANGUAGE,
                "en_US"));

        TemplateInfo info = byName.getMessage().getBody(TemplateInfo.class);
        assertThat(info.id()).isNotBlank().isNotEqualTo(templateId("order_shipped", "de"));
        assertThat(info.name()).isEqualTo("order_shipped");
        assertThat(info.isApproved()).isTrue();
        assertThat(info.definition().body()).isEqualTo(TemplateBody.of("Hello {{1}}, it shipped.", "Maria"));
        Exchange byId = run(WhatsAppCloudOperation.getTemplate, info.id(), Map.of());
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
        assertThat(mapper.readTree(requests("POST", "/message_templates").get(0).body()))
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
        assertThat(requests("POST", "/message_templates")).isEmpty();

        Exchange forced = run(WhatsAppCloudOperation.createTemplate, bad,
                Map.of(WhatsAppCloudConstants.SUBMIT_WITH_LINT_ERRORS, true));
        assertThat(forced.getException()).isNull();
        assertThat(requests("POST", "/message_templates")).hasSize(1);
    }

    @Test
    void lintTemplateAcceptsAMapInMetasShape() {
        Map<String, Object> json = Map.of("name", "order_shipped", "language", "en_US", "category", "UTILITY",
                "components", List.of(Map.of("type", "BODY", "text", "Hello {{1}}, order {{3}} shipped.",
                        "example", Map.of("body_text", List.of(List.of("Maria", "#48213"))))));

        Exchange result = run(WhatsAppCloudOperation.lintTemplate, json, Map.of());

        LintReport report = result.getMessage().getBody(LintReport.class);
        assertThat(report.errors()).extracting(LintFinding::rule).containsExactly(LintRule.VARIABLE_SEQUENCE);
        assertThat(requests()).isEmpty();
    }

    @Test
    void deleteTemplateByNameAndOneTranslationById() {
        addTemplate("order_shipped", "en_US", TemplateStatus.APPROVED, "Your order shipped.");
        addTemplate("order_shipped", "de", TemplateStatus.APPROVED, "Unterwegs.");
        addTemplate("order_paid", "en_US", TemplateStatus.APPROVED, "Your order is paid.");
        String german = templateId("order_shipped", "de");

        run(WhatsAppCloudOperation.deleteTemplate, null, Map.of(WhatsAppCloudConstants.TEMPLATE_NAME, "order_shipped",
                WhatsAppCloudConstants.TEMPLATE_ID, german));
        assertThat(added()).extracting(t -> t.name() + "/" + t.language())
                .containsExactly("order_shipped/en_US", "order_paid/en_US");
        Exchange all = run(WhatsAppCloudOperation.deleteTemplate, "order_shipped", Map.of());

        assertThat(all.getMessage().getBody()).isEqualTo(true);
        assertThat(added()).extracting(t -> t.name()).containsExactly("order_paid");
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
        emulator.emulator().setQualityRating(PHONE_NUMBER_ID, QualityRating.YELLOW);

        PhoneNumberInfo number = run(WhatsAppCloudOperation.getPhoneNumber, null, Map.of()).getMessage()
                .getBody(PhoneNumberInfo.class);

        assertThat(number).isEqualTo(new PhoneNumberInfo(
                PHONE_NUMBER_ID, WhatsAppCloudEmulator.DEFAULT_DISPLAY_PHONE_NUMBER,
                WhatsAppCloudEmulator.DEFAULT_VERIFIED_NAME, "YELLOW", "REGISTERED", "VERIFIED", "APPROVED", "TIER_1K",
                "STANDARD", false, "CLOUD_API"));
        assertThat(requests().get(0).query().get("fields")).isEqualTo(PhoneNumberInfo.FIELDS);
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
        deregister();

        Exchange pin = run(WhatsAppCloudOperation.setTwoStepPin, "246810", Map.of());
        Exchange register = run(WhatsAppCloudOperation.registerPhoneNumber, "246810", Map.of());

        assertThat(pin.getMessage().getBody()).isEqualTo(true);
        assertThat(register.getMessage().getBody()).isEqualTo(true);
        assertThat(run(WhatsAppCloudOperation.getPhoneNumber, null, Map.of()).getMessage()
                .getBody(PhoneNumberInfo.class).status()).isEqualTo("REGISTERED");
        assertThat(mapper.readTree(requests("POST", "/register").get(0).body()))
                .isEqualTo(mapper.readTree("{\"messaging_product\":\"whatsapp\",\"pin\":\"246810\"}"));
    }

    @Test
    void aMalformedPinIsRefusedLocallyWithoutQuotingIt() {
        Exchange result = run(WhatsAppCloudOperation.registerPhoneNumber, "12345x", Map.of());

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("registerPhoneNumber needs the six-digit two-step verification PIN as body")
                .hasMessageNotContaining("12345x");
        assertThat(requests()).isEmpty();
    }

    @Test
    void registerWithTheWrongPinFailsWithMetasError() {
        assertThat(run(WhatsAppCloudOperation.setTwoStepPin, "111111", Map.of()).getException()).isNull();

        Exchange result = run(WhatsAppCloudOperation.registerPhoneNumber, "222222", Map.of());

        assertThat(((WhatsAppCloudApiException) result.getException()).getCode()).isEqualTo(133005);
        assertThat(result.getException().getMessage()).doesNotContain("222222", "111111");
    }

    @Test
    void subscribedAppsAndSubscribing() {
        emulator.emulator().setSubscribed(false);

        Exchange before = run(WhatsAppCloudOperation.getSubscribedApps, null, Map.of());
        run(WhatsAppCloudOperation.subscribeApp, null, Map.of());
        Exchange after = run(WhatsAppCloudOperation.getSubscribedApps, null, Map.of());

        assertThat(before.getMessage().getBody(List.class)).isEmpty();
        assertThat(after.getMessage().getBody(List.class)).containsExactly(
                new SubscribedApp(
                        DEFAULT_APP_ID, "WhatsApp Cloud API Emulator app",
                        "https://www.facebook.com/games/?app_id=" + DEFAULT_APP_ID));
    }

    @Test
    void debugTokenReportsValidityExpiryAndScopesWithoutTheToken() {
        Instant expiresAt = emulator.emulator().now().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
        emulator.emulator().setTokenExpiresAt(expiresAt);

        TokenInfo token = run(WhatsAppCloudOperation.debugToken, null, Map.of()).getMessage().getBody(TokenInfo.class);

        // valid: the emulator found its own token in input_token
        assertThat(token.valid()).isTrue();
        assertThat(token.expiresAt()).isEqualTo(expiresAt);
        assertThat(token.scopes()).contains("whatsapp_business_management", "whatsapp_business_messaging");
        assertThat(token.missingScopes()).isEmpty();
        assertThat(token.toString()).doesNotContain(TOKEN);
        assertThat(requests().get(0).query()).containsKey("input_token");
    }

    @Test
    void anExpiredTokenFailsEveryOperationWithATokenException() {
        emulator.emulator().setTokenValid(false);

        Exchange number = run(WhatsAppCloudOperation.getPhoneNumber, null, Map.of());
        Exchange templates = run(WhatsAppCloudOperation.listTemplates, null, Map.of());
        TokenInfo token = run(WhatsAppCloudOperation.debugToken, null, Map.of()).getMessage().getBody(TokenInfo.class);

        assertThat(number.getException()).isInstanceOf(WhatsAppCloudTokenException.class)
                .hasMessageNotContaining(TOKEN);
        assertThat(templates.getException()).isInstanceOf(WhatsAppCloudTokenException.class);
        assertThat(token.valid()).isFalse();
        assertThat(token.errorCode()).isEqualTo(190);
    }

    /** The templates added by the test, without the emulator's default ones. */
    static List<dev.camelwhatsapp.emulator.TemplateDefinition> added() {
        return emulator.emulator().templates().stream()
                .filter(t -> WhatsAppCloudEmulator.DEFAULT_TEMPLATES.stream().noneMatch(d -> d.name().equals(t.name())))
                .toList();
    }

    /** Deregisters the number through the Graph API, as a number waiting for registration is. */
    static void deregister() throws Exception {
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(emulator.baseUri() + "/v26.0/"
                        + PHONE_NUMBER_ID
                        + "/deregister"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
    }

    private static byte[] webp(boolean animated, int size) {
        byte[] bytes = new byte[size];
        byte[] head = {
                'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'X', 10, 0, 0, 0,
                (byte) (animated ? 0x02 : 0) };
        System.arraycopy(head, 0, bytes, 0, head.length);
        if (animated) {
            // an animated WebP's VP8X chunk (10 bytes of data) is followed by its ANIM chunk
            System.arraycopy(new byte[]{ 'A', 'N', 'I', 'M', 6, 0, 0, 0 }, 0, bytes, 30, 8);
        }
        return bytes;
    }

    private static long tempMediaFiles() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("whatsapp-media-")).count();
        }
    }
}
