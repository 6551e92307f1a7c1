package dev.camelwhatsapp.cloud.flows.endpoint;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelwhatsapp.cloud.PhoneNumberIds;
import dev.camelwhatsapp.cloud.WhatsAppCloudConfiguration;
import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.WhatsAppCloudEndpoint;
import dev.camelwhatsapp.cloud.webhook.WebhookSignatureVerifier;
import dev.camelwhatsapp.cloud.webhook.internal.RawBody;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.IOHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the data endpoint of WhatsApp Flows ({@code flowEndpointPath}) through camel-platform-http: one exchange per
 * request, its body the decrypted {@link FlowDataRequest}, the route's {@link FlowDataResponse} encrypted back.
 * <p>
 * A POST is checked in this order, and a refused one never reaches the route (logged at DEBUG only): size (413),
 * signature when an app secret is set (432, as Meta specifies for a failed signature check), decryption (421: the
 * WhatsApp client then fetches the public key again and retries). Health-check pings are answered
 * {@code {"data":{"status":"active"}}} without routing. A route that throws {@link InvalidFlowTokenException} answers
 * 427; any other failure 500.
 */
public class FlowDataConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(FlowDataConsumer.class);

    static final int OK = 200;
    static final int PAYLOAD_TOO_LARGE = 413;
    static final int CANNOT_DECRYPT = 421;
    static final int FLOW_TOKEN_INVALID = 427;
    static final int SIGNATURE_INVALID = 432;
    static final int BAD_REQUEST = 400;
    static final int INTERNAL_SERVER_ERROR = 500;

    private static final byte[] PING_ANSWER = "{\"data\":{\"status\":\"active\"}}".getBytes(StandardCharsets.UTF_8);

    private final WhatsAppCloudConfiguration configuration;
    private final ObjectMapper mapper = new ObjectMapper();
    private FlowPayloadCipher cipher;
    private WebhookSignatureVerifier verifier;
    private Consumer httpConsumer;

    /**
     * @param endpoint  the endpoint with {@code flowEndpointPath} set
     * @param processor the route
     */
    public FlowDataConsumer(WhatsAppCloudEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        String path = configuration.getFlowEndpointPath();
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("flowEndpointPath must start with /, was " + path);
        }
        if (path.equals(configuration.getWebhookPath())) {
            throw new IllegalArgumentException("flowEndpointPath must differ from webhookPath (" + path + ")");
        }
        if (configuration.getMaxBodySize() <= 0) {
            throw new IllegalArgumentException("maxBodySize must be positive, was " + configuration.getMaxBodySize());
        }
        cipher = new FlowPayloadCipher(privateKey());
    }

    private PrivateKey privateKey() throws Exception {
        String key = configuration.getFlowPrivateKey();
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException(
                    "The Flow data endpoint on " + configuration.getFlowEndpointPath()
                            + " needs flowPrivateKey: the PEM of the RSA key registered with"
                            + " setBusinessEncryptionKey, or a file:/classpath: resource holding it");
        }
        String pem = key;
        // only a resource location is ever quoted in an error; anything else is key material
        if (key.startsWith("file:") || key.startsWith("classpath:")) {
            try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(getEndpoint().getCamelContext(),
                    key)) {
                pem = IOHelper.loadText(in);
            }
        }
        return PemPrivateKeys.read(pem, configuration.getFlowPrivateKeyPassphrase());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        verifier = WebhookSignatureVerifier.forReceiver(configuration.getAppSecret(),
                configuration.isAllowUnsignedWebhooks(),
                () -> LOG.warn("The Flow data endpoint on {} does not check request signatures. Set appSecret.",
                        configuration.getFlowEndpointPath()),
                () -> "The Flow data endpoint on " + configuration.getFlowEndpointPath()
                        + " cannot check X-Hub-Signature-256 without appSecret; set"
                        + " allowUnsignedWebhooks=true only for local experiments")
                .orElse(null);
        Endpoint http = getEndpoint().getCamelContext()
                .getEndpoint("platform-http:" + configuration.getFlowEndpointPath() + "?httpMethodRestrict=POST");
        httpConsumer = http.createConsumer(new HttpSide());
        ServiceHelper.startService(httpConsumer);
        LOG.info("Serving the WhatsApp Flows data endpoint on {}", configuration.getFlowEndpointPath());
    }

    @Override
    protected void doStop() throws Exception {
        if (httpConsumer != null) {
            ServiceHelper.stopAndShutdownService(httpConsumer);
            httpConsumer = null;
        }
        super.doStop();
    }

    /** The platform-http processor: checks, decrypts, routes, encrypts. */
    private final class HttpSide extends AsyncProcessorSupport {

        @Override
        public boolean process(Exchange http, AsyncCallback callback) {
            try {
                return handle(http, callback);
            } catch (RuntimeException unexpected) {
                LOG.warn("Failed to handle a Flow data endpoint request on {}", configuration.getFlowEndpointPath(),
                        unexpected);
                answerPlain(http, INTERNAL_SERVER_ERROR, "Internal Server Error");
                callback.done(true);
                return true;
            }
        }

        private boolean handle(Exchange http, AsyncCallback callback) {
            long limit = configuration.getMaxBodySize();
            byte[] body;
            try {
                body = RawBody.read(http.getMessage(), limit);
            } catch (Exception unreadable) {
                return refuse(http, callback, BAD_REQUEST, "unreadable body");
            }
            if (body.length > limit) {
                return refuse(http, callback, PAYLOAD_TOO_LARGE, "body exceeds " + limit + " bytes");
            }
            if (verifier != null
                    && !verifier.verify(body, http.getMessage().getHeader(WebhookSignatureVerifier.HEADER,
                            String.class))) {
                return refuse(http, callback, SIGNATURE_INVALID, "signature missing or mismatched");
            }
            FlowPayloadCipher.Decrypted decrypted;
            FlowDataRequest request;
            try {
                JsonNode envelope = mapper.readTree(body);
                decrypted = cipher.decrypt(text(envelope, "encrypted_aes_key"), text(envelope, "encrypted_flow_data"),
                        text(envelope, "initial_vector"));
            } catch (Exception undecryptable) {
                return refuse(http, callback, CANNOT_DECRYPT, "payload cannot be decrypted");
            }
            try {
                request = FlowDataRequest.parse(mapper.readTree(decrypted.clear()), mapper);
            } catch (Exception notAFlowRequest) {
                return refuse(http, callback, BAD_REQUEST, "decrypted payload is not a Flow request");
            }
            if (request.action() == FlowRequestAction.PING) {
                answerEncrypted(http, decrypted, PING_ANSWER);
                callback.done(true);
                return true;
            }
            return route(http, decrypted, request, callback);
        }

        private boolean route(Exchange http, FlowPayloadCipher.Decrypted decrypted, FlowDataRequest request,
                              AsyncCallback callback) {
            Exchange exchange = createExchange(false);
            Message in = exchange.getIn();
            in.setBody(request);
            in.setHeader(WhatsAppCloudConstants.FLOW_ACTION, request.action());
            setIfPresent(in, WhatsAppCloudConstants.FLOW_SCREEN, request.screen());
            setIfPresent(in, WhatsAppCloudConstants.FLOW_TOKEN, request.flowToken());
            if (!PhoneNumberIds.ANY.equals(configuration.getPhoneNumberId())) {
                in.setHeader(WhatsAppCloudConstants.PHONE_NUMBER_ID, configuration.getPhoneNumberId());
            }
            return getAsyncProcessor().process(exchange, doneSync -> {
                try {
                    answer(http, decrypted, request, exchange);
                } catch (RuntimeException unanswerable) {
                    getExceptionHandler().handleException("Cannot answer a Flow data endpoint request", exchange,
                            unanswerable);
                    answerPlain(http, INTERNAL_SERVER_ERROR, "Internal Server Error");
                } finally {
                    releaseExchange(exchange, false);
                    callback.done(doneSync);
                }
            });
        }

        private void answer(Exchange http, FlowPayloadCipher.Decrypted decrypted, FlowDataRequest request,
                            Exchange exchange) {
            Exception failure = exchange.getException();
            InvalidFlowTokenException invalidToken = failure == null
                    ? null : org.apache.camel.util.ObjectHelper.getException(InvalidFlowTokenException.class, failure);
            if (invalidToken != null) {
                answerJson(http, FLOW_TOKEN_INVALID, Map.of("error_msg", String.valueOf(invalidToken.getMessage())));
                return;
            }
            if (failure != null || exchange.isRollbackOnly()) {
                getExceptionHandler().handleException("A Flow data endpoint request failed in the route", exchange,
                        failure);
                answerPlain(http, INTERNAL_SERVER_ERROR, "Internal Server Error");
                return;
            }
            Object answer = exchange.getMessage().getBody();
            if (answer instanceof FlowDataRequest && request.isErrorNotification()) {
                // a route that only logs the notification has said all there is to say
                answer = FlowDataResponse.acknowledge();
            }
            answerEncrypted(http, decrypted, responseJson(answer, exchange));
        }

        private byte[] responseJson(Object answer, Exchange exchange) {
            try {
                if (answer instanceof FlowDataResponse response) {
                    return mapper.writeValueAsBytes(response.toJsonMap());
                }
                if (answer instanceof FlowDataResponse.Builder builder) {
                    return mapper.writeValueAsBytes(builder.build().toJsonMap());
                }
                if (answer instanceof Map<?, ?> || answer instanceof JsonNode) {
                    return mapper.writeValueAsBytes(answer);
                }
                if (answer instanceof String || answer instanceof byte[]) {
                    byte[] json = exchange.getContext().getTypeConverter().convertTo(byte[].class, answer);
                    mapper.readTree(json); // must be JSON: WhatsApp cannot use anything else
                    return json;
                }
            } catch (java.io.IOException notJson) {
                throw new IllegalStateException("The route's answer to the Flow data endpoint is not JSON", notJson);
            }
            throw new IllegalStateException(
                    "The route's answer to the Flow data endpoint must be a FlowDataResponse"
                            + " (or a Map / JSON of one), was "
                            + (answer == null ? "null" : answer.getClass().getName()));
        }

        private boolean refuse(Exchange http, AsyncCallback callback, int status, String reason) {
            LOG.debug("Flow data endpoint request on {} answered {}: {}", configuration.getFlowEndpointPath(), status,
                    reason);
            answerPlain(http, status, status == SIGNATURE_INVALID ? "Signature mismatch"
                    : status == CANNOT_DECRYPT ? "Cannot decrypt" : "Refused");
            callback.done(true);
            return true;
        }
    }

    private static String text(JsonNode envelope, String field) {
        JsonNode value = envelope == null ? null : envelope.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    private static void setIfPresent(Message message, String header, Object value) {
        if (value != null) {
            message.setHeader(header, value);
        }
    }

    /** The encrypted answer: base64 text, as Meta requires. Request headers are dropped, so nothing is echoed. */
    private static void answerEncrypted(Exchange http, FlowPayloadCipher.Decrypted decrypted, byte[] json) {
        Message message = http.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, OK);
        message.setHeader(Exchange.CONTENT_TYPE, "text/plain");
        message.setBody(decrypted.encryptResponse(json));
    }

    private void answerJson(Exchange http, int status, Map<String, Object> json) {
        Message message = http.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        try {
            message.setBody(mapper.writeValueAsString(json));
        } catch (java.io.IOException cannotHappenForAMapOfStrings) {
            throw new IllegalStateException(cannotHappenForAMapOfStrings);
        }
    }

    private static void answerPlain(Exchange http, int status, String text) {
        Message message = http.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        message.setBody(text);
    }
}
