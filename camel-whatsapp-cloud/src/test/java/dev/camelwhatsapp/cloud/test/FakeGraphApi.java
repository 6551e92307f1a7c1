package dev.camelwhatsapp.cloud.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A small stateful stand-in for the Graph API's management surface, on loopback: one phone number and WABA, a token
 * whose validity, expiry and scopes a test sets, templates with cursor paging, media with token-protected download
 * URLs, registration, two-step PIN and subscribed apps. Answers use the shapes of Meta's OpenAPI examples. State is
 * reset before each test.
 */
public final class FakeGraphApi implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    public static final String TOKEN = "EAAG-fake-management-token";
    public static final String PHONE_NUMBER_ID = "106540352242922";
    public static final String WABA_ID = "102290129340398";
    public static final String APP_ID = "1234567890123456";

    /** A request as received. */
    public record Request(String method, String path, Map<String, String> query, String authorization, byte[] body) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private HttpServer server;
    private ExecutorService executor;

    // state, reset before each test
    public volatile boolean tokenValid;
    public volatile long tokenExpiresAt;
    public volatile Set<String> scopes;
    public volatile String status;
    public volatile String codeVerification;
    public volatile String quality;
    public volatile String pin;
    public volatile boolean subscribed;
    public volatile boolean corruptSha256;
    public volatile int templatePageSize;
    public final List<ObjectNode> templates = new CopyOnWriteArrayList<>();
    public final Map<String, byte[]> media = new ConcurrentHashMap<>();
    public final Map<String, String> mediaTypes = new ConcurrentHashMap<>();
    public final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger(1000);

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        executor = Executors.newFixedThreadPool(8);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        tokenValid = true;
        tokenExpiresAt = 0;
        scopes = Set.of("whatsapp_business_management", "whatsapp_business_messaging");
        status = "REGISTERED";
        codeVerification = "VERIFIED";
        quality = "GREEN";
        pin = null;
        subscribed = true;
        corruptSha256 = false;
        templatePageSize = 25;
        templates.clear();
        media.clear();
        mediaTypes.clear();
        requests.clear();
    }

    public String baseUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Adds a template in the shape Meta lists it. */
    public ObjectNode addTemplate(String name, String language, String status, String bodyText, String... examples) {
        ObjectNode template = mapper.createObjectNode().put("id", String.valueOf(ids.incrementAndGet()))
                .put("name", name).put("language", language).put("status", status).put("category", "UTILITY");
        ObjectNode body = template.putArray("components").addObject().put("type", "BODY").put("text", bodyText);
        if (examples.length > 0) {
            ArrayNode values = body.putObject("example").putArray("body_text").addArray();
            Arrays.stream(examples).forEach(values::add);
        }
        templates.add(template);
        return template;
    }

    /** Stores media as if uploaded or received, returning its id. */
    public String addMedia(String mimeType, byte[] bytes) {
        String id = String.valueOf(ids.incrementAndGet());
        media.put(id, bytes);
        mediaTypes.put(id, mimeType);
        return id;
    }

    public List<Request> requests(String method, String pathEnd) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().endsWith(pathEnd)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        requests.add(new Request(exchange.getRequestMethod(), path, query, authorization, body));
        try {
            respond(exchange, 200, route(exchange, path.replaceFirst("^/v\\d+\\.\\d+/", "/"), query, authorization,
                    body));
        } catch (GraphError error) {
            respond(exchange, error.status, error.json);
        }
    }

    private Object route(HttpExchange exchange, String path, Map<String, String> query, String authorization,
                         byte[] body) throws IOException {
        String method = exchange.getRequestMethod();
        if (!("Bearer " + TOKEN).equals(authorization)) {
            throw error(401, 190, null, "Invalid OAuth access token - Cannot parse access token");
        }
        if (path.equals("/debug_token")) {
            return debugToken(query.get("input_token"));
        }
        if (!tokenValid || tokenExpiresAt != 0 && tokenExpiresAt < System.currentTimeMillis() / 1000) {
            throw error(401, 190, 463, "Error validating access token: the token has expired");
        }
        if (path.startsWith("/media-download/")) {
            String id = path.substring("/media-download/".length());
            byte[] bytes = media.get(id);
            if (bytes == null) {
                throw error(404, 100, null, "Media not found");
            }
            return new Binary(mediaTypes.get(id), bytes);
        }
        String[] parts = path.substring(1).split("/");
        String id = parts[0];
        String edge = parts.length > 1 ? parts[1] : "";
        if (id.equals(WABA_ID)) {
            requireScope("whatsapp_business_management");
            return switch (method + " " + edge) {
                case "GET message_templates" -> listTemplates(query);
                case "POST message_templates" -> createTemplate(mapper.readTree(body));
                case "DELETE message_templates" -> deleteTemplate(query);
                case "GET phone_numbers" -> page(List.of(phoneNumber()), query, 25);
                case "GET subscribed_apps" -> subscribedApps();
                case "POST subscribed_apps" -> {
                    subscribed = true;
                    yield success();
                }
                default -> throw unknownPath(path);
            };
        }
        if (id.equals(PHONE_NUMBER_ID)) {
            return switch (method + " " + edge) {
                case "GET " -> phoneNumber();
                case "POST " -> {
                    pin = requirePin(mapper.readTree(body));
                    yield success();
                }
                case "POST register" -> register(mapper.readTree(body));
                case "POST media" -> upload(exchange.getRequestHeaders().getFirst("Content-Type"), body);
                default -> throw unknownPath(path);
            };
        }
        if (media.containsKey(id) && edge.isEmpty()) {
            if (method.equals("DELETE")) {
                media.remove(id);
                return success();
            }
            return mediaInfo(id);
        }
        for (ObjectNode template : templates) {
            if (template.path("id").asText().equals(id)) {
                return template;
            }
        }
        throw error(400, 100, 33, "Unsupported get request. Object with ID '" + id + "' does not exist, cannot be"
                                  + " loaded due to missing permissions, or does not support this operation");
    }

    private void requireScope(String scope) {
        if (!scopes.contains(scope)) {
            throw error(403, 200, null, "Permissions error: the token lacks " + scope);
        }
    }

    private ObjectNode debugToken(String inputToken) {
        ObjectNode response = mapper.createObjectNode();
        ObjectNode data = response.putObject("data").put("app_id", APP_ID).put("type", "SYSTEM_USER")
                .put("application", "Order Bot");
        boolean valid = TOKEN.equals(inputToken) && tokenValid
                        && (tokenExpiresAt == 0 || tokenExpiresAt > System.currentTimeMillis() / 1000);
        data.put("expires_at", tokenExpiresAt).put("is_valid", valid);
        ArrayNode array = data.putArray("scopes");
        scopes.stream().sorted().forEach(array::add);
        if (!valid) {
            data.putObject("error").put("code", 190).put("message", "Error validating access token: the token has"
                                                                    + " expired");
        }
        return response;
    }

    private ObjectNode phoneNumber() {
        ObjectNode number = mapper.createObjectNode().put("id", PHONE_NUMBER_ID)
                .put("display_phone_number", "+1 555-555-5555").put("verified_name", "Jaspers Market")
                .put("quality_rating", quality).put("status", status).put("code_verification_status", codeVerification)
                .put("name_status", "APPROVED").put("messaging_limit_tier", "TIER_1K")
                .put("is_pin_enabled", pin != null).put("platform_type", "CLOUD_API");
        number.putObject("throughput").put("level", "STANDARD");
        return number;
    }

    private ObjectNode register(JsonNode body) {
        if (!"whatsapp".equals(body.path("messaging_product").asText())) {
            throw error(400, 100, null, "The parameter messaging_product is required");
        }
        String given = requirePin(body);
        if (pin != null && !pin.equals(given)) {
            throw error(400, 133005, null, "Two step verification PIN Mismatch");
        }
        pin = given;
        status = "REGISTERED";
        return success();
    }

    private String requirePin(JsonNode body) {
        String given = body.path("pin").asText("");
        if (!given.matches("\\d{6}")) {
            throw error(400, 100, null, "Invalid PIN format. PIN must be exactly 6 digits");
        }
        return given;
    }

    private ObjectNode subscribedApps() {
        ObjectNode response = mapper.createObjectNode();
        ArrayNode data = response.putArray("data");
        if (subscribed) {
            data.addObject().putObject("whatsapp_business_api_data").put("id", APP_ID).put("name", "Order Bot")
                    .put("link", "https://www.facebook.com/games/?app_id=" + APP_ID);
        }
        return response;
    }

    private ObjectNode listTemplates(Map<String, String> query) {
        List<JsonNode> matching = new ArrayList<>();
        for (ObjectNode template : templates) {
            if (matches(query.get("name"), template.path("name").asText(), true)
                && matches(query.get("status"), template.path("status").asText(), false)
                && matches(query.get("language"), template.path("language").asText(), false)) {
                matching.add(template);
            }
        }
        return page(matching, query, templatePageSize);
    }

    private ObjectNode page(List<? extends JsonNode> items, Map<String, String> query, int pageSize) {
        int start = query.containsKey("after") ? Integer.parseInt(query.get("after").substring(1)) + 1 : 0;
        int end = Math.min(items.size(), start + pageSize);
        ObjectNode response = mapper.createObjectNode();
        ArrayNode data = response.putArray("data");
        for (int i = start; i < end; i++) {
            data.add(items.get(i));
        }
        if (start < end) {
            ObjectNode paging = response.putObject("paging");
            paging.putObject("cursors").put("before", "c" + start).put("after", "c" + (end - 1));
            if (end < items.size()) {
                paging.put("next", baseUri() + "/v26.0/next?after=c" + (end - 1) + "&access_token=" + TOKEN);
            }
        }
        return response;
    }

    private ObjectNode createTemplate(JsonNode body) {
        ObjectNode template = ((ObjectNode) body.deepCopy()).put("id", String.valueOf(ids.incrementAndGet()))
                .put("status", "PENDING");
        templates.add(template);
        return mapper.createObjectNode().put("id", template.path("id").asText()).put("status", "PENDING")
                .put("category", body.path("category").asText());
    }

    private ObjectNode deleteTemplate(Map<String, String> query) {
        String name = query.get("name");
        boolean removed = templates.removeIf(t -> t.path("name").asText().equals(name)
                                                  && (query.get("hsm_id") == null
                                                      || t.path("id").asText().equals(query.get("hsm_id"))));
        if (!removed) {
            throw error(400, 100, 2593002, "Message template not found: " + name);
        }
        return success();
    }

    private ObjectNode upload(String contentType, byte[] body) {
        String boundary = contentType.substring(contentType.indexOf("boundary=") + 9);
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int part = text.indexOf("name=\"file\"");
        int start = text.indexOf("\r\n\r\n", part) + 4;
        int end = text.indexOf("\r\n--" + boundary, start);
        int typeAt = text.indexOf("name=\"type\"");
        String type = text.substring(text.indexOf("\r\n\r\n", typeAt) + 4, text.indexOf("\r\n", text.indexOf("\r\n\r\n",
                typeAt) + 4));
        String id = addMedia(type, Arrays.copyOfRange(body, start, end));
        return mapper.createObjectNode().put("id", id);
    }

    private ObjectNode mediaInfo(String id) {
        byte[] bytes = media.get(id);
        String sha256;
        try {
            sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (corruptSha256) {
            sha256 = sha256.replace(sha256.charAt(0), sha256.charAt(0) == 'a' ? 'b' : 'a');
        }
        return mapper.createObjectNode().put("messaging_product", "whatsapp")
                .put("url", baseUri() + "/media-download/" + id + "?ext=1&hash=AT0")
                .put("mime_type", mediaTypes.get(id)).put("sha256", sha256)
                .put("file_size", String.valueOf(bytes.length)).put("id", id);
    }

    private ObjectNode success() {
        return mapper.createObjectNode().put("success", true);
    }

    private static boolean matches(String filter, String value, boolean contains) {
        return filter == null || (contains ? value.contains(filter) : value.equalsIgnoreCase(filter));
    }

    private GraphError unknownPath(String path) {
        return error(400, 100, null, "Unknown path components: " + path);
    }

    private GraphError error(int status, int code, Integer subcode, String message) {
        ObjectNode json = mapper.createObjectNode();
        ObjectNode error = json.putObject("error").put("message", message).put("type", "OAuthException")
                .put("code", code).put("fbtrace_id", "AXsgnV2Cm3ZMGF3dF_cfYIn");
        if (subcode != null) {
            error.put("error_subcode", subcode);
        }
        return new GraphError(status, json);
    }

    private record Binary(String contentType, byte[] bytes) {
    }

    private static final class GraphError extends RuntimeException {
        final int status;
        final ObjectNode json;

        GraphError(int status, ObjectNode json) {
            super(null, null, false, false);
            this.status = status;
            this.json = json;
        }
    }

    private void respond(HttpExchange exchange, int status, Object answer) throws IOException {
        byte[] bytes;
        String contentType;
        if (answer instanceof Binary binary) {
            bytes = binary.bytes();
            contentType = binary.contentType();
        } else {
            bytes = mapper.writeValueAsBytes(answer);
            contentType = "application/json";
        }
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }
}
