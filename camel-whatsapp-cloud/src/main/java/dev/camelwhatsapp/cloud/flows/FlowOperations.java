package dev.camelwhatsapp.cloud.flows;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.camelwhatsapp.cloud.WhatsAppCloudConfiguration;
import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.api.GraphApiClient;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.http.nio.entity.AsyncEntityProducers;

/**
 * The Flows API operations: createFlow, updateFlowMetadata, updateFlowJson, listFlows, getFlow, getFlowPreview,
 * publishFlow, deprecateFlow, deleteFlow, and the business encryption key of the endpoint's phone number
 * (setBusinessEncryptionKey, getBusinessEncryptionKey). Input is checked before anything is sent; Meta's refusals
 * (a published Flow edited, a Flow with validation errors published) fail the exchange with Meta's code.
 */
public final class FlowOperations {

    /** Fields asked for by getFlow. */
    static final String FIELDS
            = "id,name,status,categories,validation_errors,json_version,data_api_version,endpoint_uri";

    // only reads caller-supplied JSON and converts maps; never configured, so safe to share
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final WhatsAppCloudConfiguration configuration;
    private final GraphApiClient client;

    /**
     * @param configuration the endpoint's options (wabaId, phoneNumberId)
     * @param client        the endpoint's Graph API client
     */
    public FlowOperations(WhatsAppCloudConfiguration configuration, GraphApiClient client) {
        this.configuration = configuration;
        this.client = client;
    }

    /** Body: a {@link FlowDefinition} or a map of one; result: {@link FlowCreated}, and the FlowId header. */
    public CompletableFuture<Consumer<Exchange>> create(Message in) {
        FlowDefinition definition = in.getBody() instanceof Map<?, ?> map ? FlowDefinition.fromMap(map)
                : body(in, FlowDefinition.class, "createFlow");
        return client.post(wabaId("createFlow") + "/flows", definition.toGraphJson()).thenApply(json -> {
            FlowCreated created = new FlowCreated(
                    json.path("id").asText(),
                    FlowValidationError.listOf(json.path("validation_errors")));
            return done -> {
                done.getMessage().setHeader(WhatsAppCloudConstants.FLOW_ID, created.id());
                done.getMessage().setBody(created);
            };
        });
    }

    /** FlowId header; body: {@link FlowMetadata} or a map of one; result: {@code true}. */
    public CompletableFuture<Consumer<Exchange>> updateMetadata(Message in) {
        String flowId = flowIdHeader(in, "updateFlowMetadata");
        FlowMetadata metadata = in.getBody() instanceof Map<?, ?> map ? FlowMetadata.fromMap(map)
                : body(in, FlowMetadata.class, "updateFlowMetadata");
        return client.post(flowId, metadata.toGraphJson()).thenApply(FlowOperations::success);
    }

    /**
     * FlowId header; body: the Flow JSON (String, byte[], File, Path, InputStream, JsonNode or Map); result:
     * {@link FlowJsonUpload} with Meta's validation errors.
     */
    public CompletableFuture<Consumer<Exchange>> updateFlowJson(Message in) {
        String flowId = flowIdHeader(in, "updateFlowJson");
        byte[] json = FlowJson.check(flowJsonText(in.getBody()), "updateFlowJson").getBytes(StandardCharsets.UTF_8);
        String boundary = "camel-whatsapp-cloud-" + UUID.randomUUID();
        byte[] body = multipart(boundary, json);
        ContentType type = ContentType.MULTIPART_FORM_DATA.withParameters(new BasicNameValuePair("boundary", boundary));
        return client.postMultipart(flowId + "/assets", AsyncEntityProducers.create(body, type))
                .thenApply(answer -> {
                    FlowJsonUpload upload = new FlowJsonUpload(
                            flowId,
                            FlowValidationError.listOf(answer.path("validation_errors")));
                    return done -> done.getMessage().setBody(upload);
                });
    }

    /** Result: every Flow of the WABA as {@code List<FlowInfo>}. */
    public CompletableFuture<Consumer<Exchange>> list() {
        return client.getAllPages(wabaId("listFlows") + "/flows", Map.of()).thenApply(items -> {
            List<FlowInfo> flows = new ArrayList<>();
            items.forEach(item -> flows.add(FlowInfo.fromGraphJson(item)));
            List<FlowInfo> result = List.copyOf(flows);
            return done -> done.getMessage().setBody(result);
        });
    }

    /** FlowId header or id body; result: {@link FlowInfo} with its validation errors. */
    public CompletableFuture<Consumer<Exchange>> get(Message in) {
        return client.get(flowId(in, "getFlow"), Map.of("fields", FIELDS)).thenApply(json -> {
            FlowInfo info = FlowInfo.fromGraphJson(json);
            return done -> done.getMessage().setBody(info);
        });
    }

    /** FlowId header or id body; result: {@link FlowPreview}. */
    public CompletableFuture<Consumer<Exchange>> preview(Message in) {
        return client.get(flowId(in, "getFlowPreview"), Map.of("fields", "preview.invalidate(false)"))
                .thenApply(json -> {
                    FlowPreview preview = FlowPreview.fromGraphJson(json.path("preview"));
                    return done -> done.getMessage().setBody(preview);
                });
    }

    /** FlowId header or id body; result: {@code true}. */
    public CompletableFuture<Consumer<Exchange>> publish(Message in) {
        return client.post(flowId(in, "publishFlow") + "/publish", JsonNodeFactory.instance.objectNode())
                .thenApply(FlowOperations::success);
    }

    /** FlowId header or id body; result: {@code true}. */
    public CompletableFuture<Consumer<Exchange>> deprecate(Message in) {
        return client.post(flowId(in, "deprecateFlow") + "/deprecate", JsonNodeFactory.instance.objectNode())
                .thenApply(FlowOperations::success);
    }

    /** FlowId header or id body; result: {@code true}. */
    public CompletableFuture<Consumer<Exchange>> delete(Message in) {
        return client.delete(flowId(in, "deleteFlow"), Map.of()).thenApply(FlowOperations::success);
    }

    /** Body: the RSA public key (PEM text or {@link PublicKey}); result: {@code true}. */
    public CompletableFuture<Consumer<Exchange>> setEncryptionKey(Message in) {
        String pem = publicKeyPem(in.getBody());
        return client.post(configuration.getPhoneNumberId() + "/whatsapp_business_encryption",
                JsonNodeFactory.instance.objectNode().put("business_public_key", pem))
                .thenApply(FlowOperations::success);
    }

    /** Result: the {@link BusinessEncryptionKey} of the endpoint's phone number, or {@code null} when none is set. */
    public CompletableFuture<Consumer<Exchange>> getEncryptionKey() {
        return client.get(configuration.getPhoneNumberId() + "/whatsapp_business_encryption", Map.of())
                .thenApply(json -> {
                    JsonNode first = json.path("data").path(0);
                    String key = first.path("business_public_key").asText(null);
                    BusinessEncryptionKey result = key == null || key.isBlank() ? null
                            : new BusinessEncryptionKey(
                                    key, first.path("business_public_key_signature_status")
                                            .asText(null));
                    return done -> done.getMessage().setBody(result);
                });
    }

    // ---- input ---------------------------------------------------------------------------------------------------

    private String wabaId(String operation) {
        String wabaId = configuration.getWabaId();
        if (wabaId == null || wabaId.isBlank()) {
            throw new IllegalArgumentException(
                    operation + " needs the wabaId option: the WhatsApp Business Account"
                            + " id shown in WhatsApp Manager (not the phone number id)");
        }
        return wabaId;
    }

    private static <T> T body(Message in, Class<T> type, String operation) {
        T body = in.getBody(type);
        if (body == null) {
            throw new IllegalArgumentException(
                    operation + " needs a " + type.getSimpleName() + " (or a Map of one) as"
                            + " body, was "
                            + (in.getBody() == null ? "null" : in.getBody().getClass().getName()));
        }
        return body;
    }

    private static String flowIdHeader(Message in, String operation) {
        String id = in.getHeader(WhatsAppCloudConstants.FLOW_ID, String.class);
        if (id == null) {
            throw new IllegalArgumentException(operation + " needs the CamelWhatsAppCloudFlowId header");
        }
        return FlowIds.check(id, operation + ": CamelWhatsAppCloudFlowId");
    }

    private static String flowId(Message in, String operation) {
        String id = in.getHeader(WhatsAppCloudConstants.FLOW_ID, String.class);
        if (id == null && in.getBody() instanceof String body) {
            id = body;
        }
        if (id == null) {
            throw new IllegalArgumentException(
                    operation + " needs the Flow id as body or in the"
                            + " CamelWhatsAppCloudFlowId header");
        }
        return FlowIds.check(id, operation + ": the Flow id");
    }

    private static String flowJsonText(Object body) {
        try {
            if (body instanceof String text) {
                return text;
            }
            if (body instanceof byte[] bytes) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            if (body instanceof File file) {
                return Files.readString(file.toPath());
            }
            if (body instanceof Path path) {
                return Files.readString(path);
            }
            if (body instanceof InputStream stream) {
                try (stream) {
                    return new String(stream.readNBytes(FlowJson.MAX_BYTES + 1), StandardCharsets.UTF_8);
                }
            }
            if (body instanceof JsonNode || body instanceof Map<?, ?>) {
                return MAPPER.writeValueAsString(body);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("updateFlowJson cannot read the Flow JSON", unreadable);
        }
        throw new IllegalArgumentException(
                "updateFlowJson needs the Flow JSON as body (String, byte[], File, Path,"
                        + " InputStream, JsonNode or Map), was "
                        + (body == null ? "null" : body.getClass().getName()));
    }

    /** The flow.json part as Meta's {@code POST /{flow-id}/assets} expects it. */
    private static byte[] multipart(String boundary, byte[] json) {
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"name\"\r\n\r\nflow.json\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"asset_type\"\r\n\r\nFLOW_JSON\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"flow.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + json.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(json, 0, body, start.length, json.length);
        System.arraycopy(end, 0, body, start.length + json.length, end.length);
        return body;
    }

    /** An RSA public key as PEM; anything else is refused here, with the openssl command that makes one. */
    static String publicKeyPem(Object body) {
        if (body instanceof PublicKey key) {
            if (!"RSA".equals(key.getAlgorithm())) {
                throw new IllegalArgumentException(
                        "setBusinessEncryptionKey needs an RSA public key, was "
                                + key.getAlgorithm());
            }
            return "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, new byte[]{ '\n' }).encodeToString(key.getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
        }
        if (body instanceof String pem && pem.contains("-----BEGIN PUBLIC KEY-----")) {
            String base64 = pem.substring(pem.indexOf("-----BEGIN PUBLIC KEY-----") + 26)
                    .replaceAll("-----END PUBLIC KEY-----[\\s\\S]*", "").replaceAll("\\s", "");
            try {
                KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(
                        Base64.getDecoder().decode(base64)));
                return pem.strip() + "\n";
            } catch (Exception notRsa) {
                throw new IllegalArgumentException("setBusinessEncryptionKey: the PEM is not an RSA public key");
            }
        }
        throw new IllegalArgumentException(
                "setBusinessEncryptionKey needs the RSA public key as body: PEM text"
                        + " (-----BEGIN PUBLIC KEY-----, e.g. from openssl rsa -in private.pem"
                        + " -pubout) or a java.security.PublicKey");
    }

    private static Consumer<Exchange> success(JsonNode json) {
        return done -> done.getMessage().setBody(json.path("success").asBoolean(true));
    }
}
