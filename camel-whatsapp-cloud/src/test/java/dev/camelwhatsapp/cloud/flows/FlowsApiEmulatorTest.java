package dev.camelwhatsapp.cloud.flows;

import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.WhatsAppCloudOperation;
import dev.camelwhatsapp.cloud.test.Emulated;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** The Flows API operations against the emulator, which applies Meta's lifecycle and Flow JSON rules on its own. */
class FlowsApiEmulatorTest extends CamelTestSupport {

    static final String VALID = "{\"version\":\"6.3\",\"data_api_version\":\"3.0\",\"routing_model\":{\"BOOK\":[]},"
            + "\"screens\":[{\"id\":\"BOOK\",\"terminal\":true,"
            + "\"layout\":{\"type\":\"SingleColumnLayout\",\"children\":[]}}]}";
    static final String NO_TERMINAL_SCREEN = VALID.replace("\"terminal\":true,", "");

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

    Exchange run(WhatsAppCloudOperation operation, Object body, Map<String, Object> headers) {
        return Emulated.run(template, "direct:op", operation, body, headers);
    }

    <T> T result(WhatsAppCloudOperation operation, Object body, Map<String, Object> headers, Class<T> type) {
        Exchange done = run(operation, body, headers);
        assertThat(done.getException()).as(operation + " succeeds").isNull();
        return done.getMessage().getBody(type);
    }

    static int metaCode(Exchange failed) {
        return Emulated.apiError(failed).getCode();
    }

    @Test
    void createUploadFixPublishDeprecate() {
        Exchange created = run(WhatsAppCloudOperation.createFlow, FlowDefinition.named("appointment_booking")
                .category(FlowCategory.APPOINTMENT_BOOKING).build(), Map.of());
        String id = created.getMessage().getHeader(WhatsAppCloudConstants.FLOW_ID, String.class);
        assertThat(created.getMessage().getBody(FlowCreated.class).id()).isEqualTo(id).isNotBlank();
        Map<String, Object> flow = Map.of(WhatsAppCloudConstants.FLOW_ID, id);

        FlowJsonUpload broken = result(WhatsAppCloudOperation.updateFlowJson, NO_TERMINAL_SCREEN, flow,
                FlowJsonUpload.class);
        assertThat(broken.isValid()).isFalse();
        assertThat(broken.validationErrors()).extracting(FlowValidationError::error)
                .containsExactly("MISSING_TERMINAL_SCREEN");
        FlowInfo draft = result(WhatsAppCloudOperation.getFlow, id, Map.of(), FlowInfo.class);
        assertThat(draft.status()).isEqualTo(FlowStatus.DRAFT);
        assertThat(draft.validationErrors()).hasSize(1);
        assertThat(metaCode(run(WhatsAppCloudOperation.publishFlow, id, Map.of()))).isEqualTo(139002);

        assertThat(result(WhatsAppCloudOperation.updateFlowJson, VALID, flow, FlowJsonUpload.class).isValid())
                .isTrue();
        // a Flow with a data endpoint needs its URL before it can be published
        assertThat(metaCode(run(WhatsAppCloudOperation.publishFlow, id, Map.of()))).isEqualTo(139002);
        assertThat(result(WhatsAppCloudOperation.updateFlowMetadata,
                FlowMetadata.change().endpointUri("https://booking.example.com/whatsapp/flows").build(), flow,
                Boolean.class)).isTrue();
        assertThat(result(WhatsAppCloudOperation.publishFlow, id, Map.of(), Boolean.class)).isTrue();

        FlowInfo published = result(WhatsAppCloudOperation.getFlow, null, flow, FlowInfo.class);
        assertThat(published.status()).isEqualTo(FlowStatus.PUBLISHED);
        assertThat(published.jsonVersion()).isEqualTo("6.3");
        assertThat(published.dataApiVersion()).isEqualTo("3.0");
        assertThat(published.endpointUri()).isEqualTo("https://booking.example.com/whatsapp/flows");
        assertThat(published.categories()).containsExactly(FlowCategory.APPOINTMENT_BOOKING);

        assertThat(metaCode(run(WhatsAppCloudOperation.updateFlowJson, VALID, flow))).isEqualTo(139001);
        assertThat(metaCode(run(WhatsAppCloudOperation.deleteFlow, id, Map.of()))).isEqualTo(100);
        assertThat(result(WhatsAppCloudOperation.deprecateFlow, id, Map.of(), Boolean.class)).isTrue();
        assertThat(metaCode(run(WhatsAppCloudOperation.publishFlow, id, Map.of()))).isEqualTo(139002);
        assertThat(result(WhatsAppCloudOperation.getFlow, id, Map.of(), FlowInfo.class).status())
                .isEqualTo(FlowStatus.DEPRECATED);
    }

    @Test
    void listPreviewAndDeleteADraft() {
        FlowCreated first = result(WhatsAppCloudOperation.createFlow, Map.of("name", "survey", "categories",
                List.of("SURVEY"), "flow_json", VALID), Map.of(), FlowCreated.class);
        result(WhatsAppCloudOperation.createFlow, FlowDefinition.named("copy").category(FlowCategory.OTHER)
                .cloneOf(first.id()).build(), Map.of(), FlowCreated.class);

        @SuppressWarnings("unchecked")
        List<FlowInfo> flows = result(WhatsAppCloudOperation.listFlows, null, Map.of(), List.class);
        FlowPreview preview = result(WhatsAppCloudOperation.getFlowPreview, first.id(), Map.of(), FlowPreview.class);

        assertThat(flows).extracting(FlowInfo::name).containsExactly("survey", "copy");
        assertThat(first.validationErrors()).isEmpty();
        assertThat(preview.url()).contains("/flows/" + first.id() + "/preview/?token=");
        assertThat(preview.expiresAt()).isNotNull();
        assertThat(result(WhatsAppCloudOperation.deleteFlow, first.id(), Map.of(), Boolean.class)).isTrue();
        assertThat(metaCode(run(WhatsAppCloudOperation.getFlow, first.id(), Map.of()))).isEqualTo(100);
    }

    @Test
    void duplicateNameIsRefusedByMeta() {
        FlowDefinition booking = FlowDefinition.named("booking").category(FlowCategory.OTHER).build();
        run(WhatsAppCloudOperation.createFlow, booking, Map.of());

        assertThat(metaCode(run(WhatsAppCloudOperation.createFlow, booking, Map.of()))).isEqualTo(100);
    }

    @Test
    void invalidInputFailsBeforeAnyRequest() {
        assertThat(run(WhatsAppCloudOperation.updateFlowJson, "{\"version\":", Map.of(WhatsAppCloudConstants.FLOW_ID,
                "1")).getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON");
        assertThat(run(WhatsAppCloudOperation.updateFlowJson, VALID, Map.of()).getException())
                .hasMessageContaining("CamelWhatsAppCloudFlowId");
        assertThat(run(WhatsAppCloudOperation.publishFlow, "../messages", Map.of()).getException())
                .hasMessageContaining("numeric Flow id");
        assertThat(run(WhatsAppCloudOperation.setBusinessEncryptionKey, "not a key", Map.of()).getException())
                .hasMessageContaining("openssl rsa -in private.pem -pubout");
        assertThat(emulator.emulator().flows()).isEmpty();
    }

    @Test
    void businessEncryptionKeyIsRegisteredForTheNumber() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PublicKey key = generator.generateKeyPair().getPublic();
        Exchange none = run(WhatsAppCloudOperation.getBusinessEncryptionKey, null, Map.of());
        assertThat(none.getException()).isNull();
        assertThat(none.getMessage().getBody()).isNull();

        assertThat(result(WhatsAppCloudOperation.setBusinessEncryptionKey, key, Map.of(), Boolean.class)).isTrue();
        BusinessEncryptionKey registered = result(WhatsAppCloudOperation.getBusinessEncryptionKey, null, Map.of(),
                BusinessEncryptionKey.class);

        assertThat(registered.signatureStatus()).isEqualTo("VALID");
        assertThat(registered.publicKey()).startsWith("-----BEGIN PUBLIC KEY-----")
                .isEqualTo(emulator.emulator().businessPublicKey(DEFAULT_PHONE_NUMBER_ID).orElseThrow());
    }
}
