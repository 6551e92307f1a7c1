package dev.camelwhatsapp.cloud.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small client of the Graph API: it addresses {@code {baseUri}/{version}/{path}}, authenticates with the Bearer
 * token, sends and reads JSON, and turns every non-2xx answer into a typed {@link WhatsAppCloudApiException}.
 *
 * <p>
 * Every call completes its future exactly once, with a result or an exception (I/O failures and timeouts included), on
 * the HTTP client's I/O thread: callers that do more than a little work hand the continuation to their own executor.
 * The token is never logged or put into an exception.
 */
public final class GraphApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(GraphApiClient.class);
    private static final String USAGE_HEADER = "X-Business-Use-Case-Usage";

    private final CloseableHttpAsyncClient http;
    private final String root;
    // the scheme, host and port, and the path of the version root: requests are built from these, so that a send
    // does not parse a URI
    private final HttpHost host;
    private final String rootPath;
    private final String authorization;
    private final ObjectMapper mapper;
    private final GraphApiErrorParser errors;
    private final ApiVersionWatch versionWatch;

    /**
     * @param http        a started HTTP client; this class does not close it
     * @param baseUri     e.g. {@code https://graph.facebook.com}
     * @param apiVersion  e.g. {@code v26.0}
     * @param accessToken the Bearer token, or {@code null} when only unauthenticated calls will be made
     * @param mapper      the JSON mapper
     */
    public GraphApiClient(CloseableHttpAsyncClient http, String baseUri, String apiVersion, String accessToken,
                          ObjectMapper mapper) {
        this(http, baseUri, apiVersion, accessToken, mapper, Clock.systemUTC());
    }

    /**
     * @param http        a started HTTP client; this class does not close it
     * @param baseUri     e.g. {@code https://graph.facebook.com}
     * @param apiVersion  e.g. {@code v26.0}
     * @param accessToken the Bearer token, or {@code null} when only unauthenticated calls will be made
     * @param mapper      the JSON mapper
     * @param clock       the endpoint's clock: it dates Meta's version signals and counts down a Retry-After date
     */
    public GraphApiClient(CloseableHttpAsyncClient http, String baseUri, String apiVersion, String accessToken,
                          ObjectMapper mapper, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        String base = Objects.requireNonNull(baseUri, "baseUri");
        this.root = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/"
                + Objects.requireNonNull(apiVersion, "apiVersion") + "/";
        URI rootUri = URI.create(root);
        this.host = HttpHost.create(rootUri);
        this.rootPath = rootUri.getRawPath();
        this.authorization = accessToken == null ? null : "Bearer " + accessToken;
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.errors = new GraphApiErrorParser(mapper, clock);
        this.versionWatch = new ApiVersionWatch(apiVersion, clock);
    }

    /** @return the watch of Meta's deprecation signals in this client's answers */
    public ApiVersionWatch versionWatch() {
        return versionWatch;
    }

    /** POSTs a JSON body to {@code path} (relative to the version root). */
    public CompletableFuture<JsonNode> post(String path, JsonNode body) {
        return executeWithJson(SimpleRequestBuilder.post(), path, body);
    }

    /** GETs {@code path} with query parameters. */
    public CompletableFuture<JsonNode> get(String path, Map<String, String> query) {
        return execute(authorized(SimpleRequestBuilder.get(), path, query).build());
    }

    /** DELETEs {@code path} with query parameters. */
    public CompletableFuture<JsonNode> delete(String path, Map<String, String> query) {
        return execute(authorized(SimpleRequestBuilder.delete(), path, query).build());
    }

    /** DELETEs {@code path} with a JSON body, as the block list's unblock call takes one. */
    public CompletableFuture<JsonNode> delete(String path, JsonNode body) {
        return executeWithJson(SimpleRequestBuilder.delete(), path, body);
    }

    private CompletableFuture<JsonNode> executeWithJson(SimpleRequestBuilder builder, String path, JsonNode body) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(body);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        return execute(authorized(builder, path, Map.of()).setBody(json, ContentType.APPLICATION_JSON).build());
    }

    private SimpleRequestBuilder authorized(SimpleRequestBuilder builder, String path, Map<String, String> query) {
        if (authorization == null) {
            throw new IllegalStateException("No accessToken is configured: the Graph API needs one for this call");
        }
        return builder.setHttpHost(host).setPath(rootPath + path + query(query))
                .setHeader(HttpHeaders.AUTHORIZATION, authorization)
                .setHeader(HttpHeaders.ACCEPT, "application/json");
    }

    private URI uri(String path, Map<String, String> query) {
        return URI.create(root + path + query(query));
    }

    private static String query(Map<String, String> query) {
        return query.isEmpty() ? "" : "?" + query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private CompletableFuture<JsonNode> execute(SimpleHttpRequest request) {
        String what = request.getMethod() + " " + request.getPath();
        LOG.debug("Calling Graph API: {}", what);
        return this.<SimpleHttpResponse, JsonNode> execute(what, callback -> http.execute(request, callback),
                (result, response) -> complete(result, what, response));
    }

    /**
     * Bridges the HTTP client's callback to a future that completes exactly once, whatever happens: an answer, an I/O
     * failure, a cancellation, an exception while reading the answer, or a client that refuses the request.
     */
    private <A, R> CompletableFuture<R> execute(String what, Consumer<FutureCallback<A>> start,
                                                BiConsumer<CompletableFuture<R>, A> onAnswer) {
        CompletableFuture<R> result = new CompletableFuture<>();
        try {
            start.accept(new FutureCallback<>() {
                @Override
                public void completed(A answer) {
                    try {
                        onAnswer.accept(result, answer);
                    } catch (RuntimeException unexpected) {
                        // whatever goes wrong reading the answer, the caller must hear about it
                        result.completeExceptionally(unexpected);
                    }
                }

                @Override
                public void failed(Exception e) {
                    LOG.debug("Graph API call {} failed: {}", what, e.toString());
                    result.completeExceptionally(e);
                }

                @Override
                public void cancelled() {
                    result.completeExceptionally(new IOException("Graph API call " + what + " was cancelled"));
                }
            });
        } catch (RuntimeException e) {
            // e.g. the client was closed while the route still sends: fail the exchange, don't throw past it
            result.completeExceptionally(e);
        }
        return result;
    }

    private void complete(CompletableFuture<JsonNode> result, String what, SimpleHttpResponse response) {
        int status = response.getCode();
        byte[] body = response.getBodyBytes();
        LOG.debug("Graph API call {} answered HTTP {}", what, status);
        versionWatch.observe(what, headerValue(response, ApiVersionWatch.SERVED_VERSION_HEADER),
                headerValue(response, ApiVersionWatch.WARNING_HEADER));
        if (status >= 200 && status < 300) {
            try {
                result.complete(body == null || body.length == 0 ? mapper.nullNode() : mapper.readTree(body));
            } catch (IOException e) {
                result.completeExceptionally(new IOException(
                        "Graph API call " + what + " answered HTTP " + status + " with a body that is not JSON", e));
            }
            return;
        }
        ContentType type = response.getContentType();
        GraphApiError error = errors.parse(status, type == null ? null : type.toString(), body,
                headerValue(response, HttpHeaders.RETRY_AFTER), headerValue(response, USAGE_HEADER));
        result.completeExceptionally(WhatsAppCloudApiException.of(error).withResponseBody(jsonOrNull(body)));
    }

    /** The error answer as JSON, for errors that carry more than the error object; {@code null} if it isn't JSON. */
    private JsonNode jsonOrNull(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode json = mapper.readTree(body);
            return json != null && json.isObject() ? json : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String headerValue(SimpleHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    // ---- management calls: multipart upload, streaming download, cursor paging ------------------------------------

    /** The most pages {@link #getAllPages} follows; a cursor that never ends must not loop forever. */
    private static final int MAX_PAGES = 1000;

    /**
     * POSTs a multipart body, e.g. a media upload, to {@code path}. The body is streamed as {@code body} produces it,
     * so a large file is never held in memory by this client.
     *
     * @param  path the path relative to the version root, e.g. {@code 106540352242922/media}
     * @param  body the multipart entity, carrying its own Content-Type with the boundary
     * @return      the JSON answer, or a typed {@link WhatsAppCloudApiException}
     */
    public CompletableFuture<JsonNode> postMultipart(String path, AsyncEntityProducer body) {
        String what = "POST " + path;
        LOG.debug("Calling Graph API: {}", what);
        return this.<SimpleHttpResponse, JsonNode> execute(what,
                callback -> http.execute(authorized(AsyncRequestBuilder.post(uri(path, Map.of()))).setEntity(body)
                        .build(),
                        SimpleResponseConsumer.create(), callback),
                (result, response) -> complete(result, what, response));
    }

    /**
     * GETs an absolute URL Meta handed out, such as a media download URL, with the Bearer token, and lets
     * {@code consumer} stream the answer: nothing is buffered here. The consumer sees every status; it can turn an
     * error answer into an exception with {@link #errorOf}.
     *
     * @param  url      the URL exactly as Meta returned it
     * @param  consumer the streaming consumer of the response
     * @param  <T>      what the consumer produces
     * @return          what the consumer produced, or the I/O failure
     */
    public <T> CompletableFuture<T> download(URI url, AsyncResponseConsumer<T> consumer) {
        // the URL's query carries Meta's signature; only the host and path go into the log
        String what = "GET " + url.getHost() + url.getPath();
        LOG.debug("Downloading from Graph API: {}", what);
        return this.<T, T> execute(what,
                callback -> http.execute(authorized(AsyncRequestBuilder.get(url)).build(), consumer, callback),
                CompletableFuture::complete);
    }

    /**
     * GETs every page of a cursor-paged edge (templates, phone numbers): it follows {@code paging.cursors.after} as
     * long as Meta announces a {@code paging.next} page, and never the {@code next} URL itself, which can carry an
     * access token.
     *
     * @param  path  the edge, e.g. {@code 102290129340398/message_templates}
     * @param  query filters and {@code limit}; {@code after} is managed here
     * @return       the {@code data} items of all pages, in order
     */
    public CompletableFuture<List<JsonNode>> getAllPages(String path, Map<String, String> query) {
        return nextPages(path, query, null, new ArrayList<>(), 0);
    }

    private CompletableFuture<List<JsonNode>> nextPages(
                                                        String path, Map<String, String> query, String after,
                                                        List<JsonNode> items, int pages) {
        Map<String, String> pageQuery = new LinkedHashMap<>(query);
        if (after != null) {
            pageQuery.put("after", after);
        }
        return get(path, pageQuery).thenCompose(page -> {
            page.path("data").forEach(items::add);
            JsonNode paging = page.path("paging");
            String nextCursor = paging.path("cursors").path("after").asText(null);
            boolean more = paging.hasNonNull("next") && nextCursor != null && !nextCursor.equals(after)
                    && page.path("data").size() > 0;
            if (!more || pages + 1 >= MAX_PAGES) {
                return CompletableFuture.completedFuture(items);
            }
            return nextPages(path, query, nextCursor, items, pages + 1);
        });
    }

    /**
     * Turns an error answer into the typed exception a JSON call would have failed with; for callers that read the
     * response themselves, such as streaming downloads.
     *
     * @param  status      the HTTP status
     * @param  contentType the Content-Type, or {@code null}
     * @param  body        the (possibly truncated) response body, or {@code null}
     * @return             the exception
     */
    public WhatsAppCloudApiException errorOf(int status, String contentType, byte[] body) {
        return WhatsAppCloudApiException.of(errors.parse(status, contentType, body, null, null));
    }

    /**
     * GETs {@code debug_token} about this client's own access token: validity, expiry and scopes. Meta wants the token
     * in the query; it goes nowhere else, and the log line names only the path.
     *
     * @return {@code {"data":{"is_valid","expires_at","scopes",…}}}
     */
    public CompletableFuture<JsonNode> debugOwnToken() {
        if (authorization == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "No accessToken is configured: there is no token to debug"));
        }
        String token = authorization.substring("Bearer ".length());
        // named without its query, which holds the token
        String what = "GET debug_token";
        LOG.debug("Calling Graph API: {}", what);
        return this.<SimpleHttpResponse, JsonNode> execute(what,
                callback -> http.execute(
                        authorized(SimpleRequestBuilder.get(), "debug_token", Map.of("input_token", token)).build(),
                        callback),
                (result, response) -> complete(result, what, response));
    }

    private AsyncRequestBuilder authorized(AsyncRequestBuilder builder) {
        if (authorization == null) {
            throw new IllegalStateException("No accessToken is configured: the Graph API needs one for this call");
        }
        return builder.setHeader(HttpHeaders.AUTHORIZATION, authorization)
                .setHeader(HttpHeaders.ACCEPT, "application/json");
    }

    /**
     * Reads the answer to a message send.
     *
     * @param  response {@code {"messaging_product","contacts":[{"input","wa_id"}],"messages":[{"id","message_status"}]}}
     * @return          the send result
     */
    public static SendResult toSendResult(JsonNode response) {
        JsonNode contact = response.path("contacts").path(0);
        JsonNode message = response.path("messages").path(0);
        return new SendResult(
                message.path("id").asText(null),
                contact.path("wa_id").asText(null),
                contact.path("input").asText(null),
                message.path("message_status").asText(null),
                contact.path("user_id").asText(null));
    }
}
