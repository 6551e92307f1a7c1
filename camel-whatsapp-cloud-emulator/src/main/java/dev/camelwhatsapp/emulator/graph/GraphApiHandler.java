package dev.camelwhatsapp.emulator.graph;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.RecordedRequest;
import dev.camelwhatsapp.emulator.account.DebugTokenEndpoint;
import dev.camelwhatsapp.emulator.account.PhoneNumbersEndpoint;
import dev.camelwhatsapp.emulator.account.SubscribedAppsEndpoint;
import dev.camelwhatsapp.emulator.fault.FaultInjector;
import dev.camelwhatsapp.emulator.flows.FlowsEndpoint;
import dev.camelwhatsapp.emulator.media.MediaEndpoint;
import dev.camelwhatsapp.emulator.messages.MessagesEndpoint;
import dev.camelwhatsapp.emulator.server.AbortConnection;
import dev.camelwhatsapp.emulator.server.ApiRequest;
import dev.camelwhatsapp.emulator.server.ApiResponse;
import dev.camelwhatsapp.emulator.server.Json;
import dev.camelwhatsapp.emulator.server.RequestHandler;
import dev.camelwhatsapp.emulator.server.Router;
import dev.camelwhatsapp.emulator.settings.NumberSettingsEndpoints;
import dev.camelwhatsapp.emulator.settings.QrCodesEndpoint;
import dev.camelwhatsapp.emulator.state.AccessTokenState;
import dev.camelwhatsapp.emulator.state.PhoneNumberRegistry;
import dev.camelwhatsapp.emulator.state.PhoneNumberState;
import dev.camelwhatsapp.emulator.templates.TemplatesEndpoint;

/**
 * The Graph API front door: injected faults first, then the access token (190 / 104, expiry, scopes), then the
 * route. Object ids are resolved like Graph API does: an id that is not a phone number, the WABA or a media object
 * the token can use answers 100 with subcode 33.
 */
public final class GraphApiHandler implements RequestHandler {

    private static final Pattern VERSION = Pattern.compile("v\\d+\\.\\d+");

    /** Which permission a route needs. */
    private enum Scope {
        MESSAGING(AccessTokenState.MESSAGING_SCOPE, MetaErrorCode.PERMISSION_DENIED),
        MANAGEMENT(AccessTokenState.MANAGEMENT_SCOPE, MetaErrorCode.PERMISSIONS_ERROR);

        private final String name;
        private final MetaErrorCode missing;

        Scope(String name, MetaErrorCode missing) {
            this.name = name;
            this.missing = missing;
        }
    }

    /** Everything the Graph API routes delegate to. */
    public record Endpoints(MessagesEndpoint messages, MediaEndpoint media, TemplatesEndpoint templates,
            PhoneNumbersEndpoint phoneNumbers, SubscribedAppsEndpoint subscribedApps, DebugTokenEndpoint debugToken,
            FlowsEndpoint flows) {
    }

    private final Endpoints endpoints;
    private final PhoneNumberRegistry numbers;
    private final FaultInjector faults;
    private final String accessToken;
    private final String appCredentials;
    private final String wabaId;
    private final Supplier<AccessTokenState> tokenState;
    private final Clock clock;
    private final Router router = new Router();
    /** Serves QR images once the number-settings routes are added. */
    private volatile QrCodesEndpoint qrImages;
    private final ApiVersionHeader versionHeader;
    /** Numbers that have a token of their own, which is then the only one their paths accept. */
    private volatile Map<String, String> numberTokens = Map.of();
    private volatile Consumer<RecordedRequest> recorder = request -> {
    };

    public GraphApiHandler(Endpoints endpoints, PhoneNumberRegistry numbers, FaultInjector faults, String accessToken,
                           String appId, String appSecret, String wabaId, Supplier<AccessTokenState> tokenState,
                           Clock clock) {
        this.endpoints = endpoints;
        this.numbers = numbers;
        this.faults = faults;
        this.accessToken = accessToken;
        this.appCredentials = appId + "|" + appSecret;
        // faults and refusals name the version that would have served the request, as answers do
        this.versionHeader = new ApiVersionHeader(
                requested -> GraphApiVersions.decide(requested,
                        LocalDate.ofInstant(clock.instant(),
                                ZoneOffset.UTC)) instanceof GraphApiVersions.Upgraded upgraded
                                        ? upgraded.servedBy() : requested);
        this.wabaId = wabaId;
        this.tokenState = tokenState;
        this.clock = clock;
        registerRoutes();
    }

    private void registerRoutes() {
        router.add("GET", "/debug_token", endpoints.debugToken()::debug)
                .add("GET", "/{version}/debug_token", endpoints.debugToken()::debug)
                .add("POST", "/{version}/{id}/messages",
                        r -> endpoints.messages().post(phoneNumber(r), r.body()))
                .add("POST", "/{version}/{id}/media", r -> endpoints.media().upload(r, phoneNumber(r)
                        .number().phoneNumberId()))
                .add("POST", "/{version}/{id}/register", r -> endpoints.phoneNumbers().register(phoneNumber(r),
                        jsonBody(r)))
                .add("POST", "/{version}/{id}/deregister", r -> endpoints.phoneNumbers().deregister(phoneNumber(r)))
                .add("GET", "/{version}/{id}/phone_numbers", r -> {
                    requireWaba(r);
                    return endpoints.phoneNumbers().list(r);
                })
                .add("GET", "/{version}/{id}/message_templates", r -> {
                    requireWaba(r);
                    return endpoints.templates().list(r);
                })
                .add("POST", "/{version}/{id}/message_templates", r -> {
                    requireWaba(r);
                    return endpoints.templates().create(r, jsonBody(r));
                })
                .add("DELETE", "/{version}/{id}/message_templates", r -> {
                    requireWaba(r);
                    return endpoints.templates().delete(r);
                })
                .add("GET", "/{version}/{id}/subscribed_apps", r -> {
                    requireWaba(r);
                    return endpoints.subscribedApps().list();
                })
                .add("POST", "/{version}/{id}/subscribed_apps", r -> {
                    requireWaba(r);
                    return endpoints.subscribedApps().subscribe();
                })
                .add("DELETE", "/{version}/{id}/subscribed_apps", r -> {
                    requireWaba(r);
                    return endpoints.subscribedApps().unsubscribe();
                })
                // ---- Flows
                .add("GET", "/{version}/{id}/flows", r -> {
                    requireWaba(r);
                    return endpoints.flows().list(r);
                })
                .add("POST", "/{version}/{id}/flows", r -> {
                    requireWaba(r);
                    return endpoints.flows().create(r);
                })
                .add("POST", "/{version}/{id}/assets", r -> endpoints.flows().uploadAsset(r, r.pathParam("id")))
                .add("POST", "/{version}/{id}/publish", r -> endpoints.flows().publish(r.pathParam("id")))
                .add("POST", "/{version}/{id}/deprecate", r -> endpoints.flows().deprecate(r.pathParam("id")))
                .add("GET", "/{version}/{id}/whatsapp_business_encryption",
                        r -> endpoints.flows().getPublicKey(phoneNumber(r).number().phoneNumberId()))
                .add("POST", "/{version}/{id}/whatsapp_business_encryption",
                        r -> endpoints.flows().setPublicKey(r, phoneNumber(r).number().phoneNumberId()))
                .add("GET", "/{version}/{id}", this::getObject)
                .add("POST", "/{version}/{id}", this::postObject)
                .add("DELETE", "/{version}/{id}", this::deleteObject)
                // Meta answers object reads and deletes without a version too (the app's default version)
                .add("GET", "/{id}", this::getObject)
                .add("DELETE", "/{id}", this::deleteObject);
    }

    /** Records every Graph API request, as received, into {@code log}. */
    public GraphApiHandler withRequestLog(Consumer<RecordedRequest> log) {
        this.recorder = log;
        return this;
    }

    /**
     * Gives numbers tokens of their own: a request on such a number's paths ({@code /{phone-number-id}/...}) must carry
     * that token, and that token is good for nothing else, as with system-user tokens assigned to one number.
     */
    public GraphApiHandler withNumberTokens(Map<String, String> tokens) {
        this.numberTokens = Map.copyOf(tokens);
        return this;
    }

    @Override
    public ApiResponse handle(ApiRequest request) throws Exception {
        recorder.accept(record(request));
        Optional<Fault> fault = faults.draw(request.path());
        Optional<ApiResponse> faulted = fault.isPresent() ? answerInstead(fault.get()) : Optional.empty();
        if (faulted.isPresent()) {
            return versionHeader.stamp(faulted.get(), request.path());
        }
        ApiResponse response;
        try {
            response = route(request);
        } catch (GraphApiException e) {
            response = versionHeader.stamp(e.error().toResponse(), request.path());
        }
        return fault.isPresent() && fault.get().kind() == Fault.Kind.CORRUPT_BODY ? corrupted(response) : response;
    }

    private RecordedRequest record(ApiRequest request) {
        Map<String, String> query = new LinkedHashMap<>(request.query());
        query.computeIfPresent("access_token", (name, token) -> RecordedRequest.REDACTED);
        query.computeIfPresent("input_token", (name, token) -> RecordedRequest.REDACTED);
        return new RecordedRequest(
                clock.instant(), request.method(), request.path(), query, request.headers(),
                request.body());
    }

    private static ApiResponse corrupted(ApiResponse response) {
        byte[] body = response.body() == null ? new byte[0] : response.body().clone();
        if (body.length > 0) {
            body[body.length / 2] ^= 0x01;
        }
        return new ApiResponse(response.status(), response.contentType(), body, response.headers());
    }

    /**
     * Adds the routes of a number's settings: business profile, block list, QR codes and conversational automation.
     * Their paths have more segments than the object routes, so registration order does not matter.
     */
    public GraphApiHandler withNumberSettings(NumberSettingsEndpoints settings) {
        router.add("GET", "/{version}/{id}/whatsapp_business_profile",
                r -> settings.profile().get(r, phoneNumber(r)))
                .add("POST", "/{version}/{id}/whatsapp_business_profile",
                        r -> settings.profile().update(phoneNumber(r), jsonBody(r)))
                .add("GET", "/{version}/{id}/block_users", r -> settings.blockUsers().list(r, phoneNumber(r)))
                .add("POST", "/{version}/{id}/block_users",
                        r -> settings.blockUsers().block(phoneNumber(r), jsonBody(r)))
                .add("DELETE", "/{version}/{id}/block_users",
                        r -> settings.blockUsers().unblock(phoneNumber(r), jsonBody(r)))
                .add("GET", "/{version}/{id}/message_qrdls", r -> settings.qrCodes().list(r, phoneNumber(r)))
                .add("POST", "/{version}/{id}/message_qrdls",
                        r -> settings.qrCodes().createOrUpdate(r, phoneNumber(r), jsonBody(r)))
                .add("GET", "/{version}/{id}/message_qrdls/{code}",
                        r -> settings.qrCodes().get(phoneNumber(r), r.pathParam("code")))
                .add("DELETE", "/{version}/{id}/message_qrdls/{code}",
                        r -> settings.qrCodes().delete(phoneNumber(r), r.pathParam("code")))
                .add("POST", "/{version}/{id}/conversational_automation",
                        r -> settings.automation().configure(phoneNumber(r), jsonBody(r)));
        qrImages = settings.qrCodes();
        return this;
    }

    private ApiResponse route(ApiRequest request) throws Exception {
        String path = request.path();
        if (qrImages != null && path.startsWith(QrCodesEndpoint.IMAGE_PATH) && "GET".equals(request.method())) {
            // a CDN link at Meta: public, no token
            return qrImages.image(request);
        }
        if (path.startsWith(MediaEndpoint.DOWNLOAD_PATH)) {
            authenticate(request, Scope.MESSAGING);
            return endpoints.media().download(request);
        }
        Optional<Router.Match> match = router.match(request.method(), path);
        if (match.isEmpty()) {
            throw new GraphApiException(
                    router.matchesPath(path)
                            ? GraphError.of(MetaErrorCode.INVALID_PARAMETER, "Unsupported " + request.method()
                                    + " request on " + path)
                            : new GraphError(2500, null, 400, "Unknown path components: " + path, null, null, null));
        }
        ApiRequest routed = request.withPathParams(match.get().pathParams());
        String version = routed.pathParam("version");
        if (version != null && !VERSION.matcher(version).matches()) {
            throw new GraphApiException(
                    new GraphError(
                            2500, null, 400, "Unknown path components: " + path, null,
                            null, null));
        }
        GraphApiVersions.Decision served = version == null ? null
                : GraphApiVersions.decide(version, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        if (served instanceof GraphApiVersions.Unknown) {
            throw new GraphApiException(
                    new GraphError(
                            2500, null, 400, "Unknown path components: " + path, null,
                            null, null));
        }
        if (path.endsWith("/debug_token")) {
            authenticateDebugToken(routed);
        } else {
            authenticate(routed, scopeOf(routed));
        }
        ApiResponse response;
        try {
            response = match.get().handler().handle(routed);
        } catch (GraphApiException refused) {
            // Meta names the serving version on refusals too
            response = refused.error().toResponse();
        }
        if (served instanceof GraphApiVersions.Upgraded upgraded) {
            return response.withHeader(GraphApiVersions.SERVED_VERSION_HEADER, upgraded.servedBy())
                    .withHeader(GraphApiVersions.WARNING_HEADER, upgraded.warning());
        }
        return version == null ? response : response.withHeader(GraphApiVersions.SERVED_VERSION_HEADER, version);
    }

    private Scope scopeOf(ApiRequest request) {
        String path = request.path();
        if (path.endsWith("/messages") || path.endsWith("/media") || path.endsWith("/block_users")) {
            return Scope.MESSAGING;
        }
        String id = request.pathParam("id");
        boolean objectRoute = path.matches("(/[^/]+)?/[^/]+/?");
        if (objectRoute && id != null && numbers.find(id).isEmpty() && !id.equals(wabaId)
                && !endpoints.templates().isTemplate(id) && !endpoints.flows().isFlow(id)) {
            return Scope.MESSAGING; // media objects
        }
        return Scope.MANAGEMENT;
    }

    /** The answer a fault gives instead of the real one, if it replaces it. */
    private static Optional<ApiResponse> answerInstead(Fault fault) throws InterruptedException {
        return switch (fault.kind()) {
            case GRAPH_ERROR -> {
                GraphError error = GraphError.ofCode(fault.errorCode(), "Injected by the emulator's fault injection");
                yield Optional.of((fault.httpStatus() > 0 ? error.withHttpStatus(fault.httpStatus()) : error)
                        .toResponse());
            }
            case HTTP_STATUS -> {
                int code = fault.httpStatus() == 503 ? MetaErrorCode.API_SERVICE.code()
                        : MetaErrorCode.API_UNKNOWN.code();
                yield Optional.of(GraphError.ofCode(code, "Injected HTTP " + fault.httpStatus())
                        .withHttpStatus(fault.httpStatus()).toResponse());
            }
            case LATENCY -> {
                // emulating a slow Meta: the worker thread waits, the request is then served normally
                Thread.sleep(fault.latency().toMillis());
                yield Optional.empty();
            }
            case CONNECTION_RESET -> throw new AbortConnection();
            case CORRUPT_BODY -> Optional.empty();
            case RESPONSE -> {
                Fault.Answer answer = fault.answer();
                ApiResponse response = new ApiResponse(
                        answer.status(), answer.contentType(), answer.body(),
                        answer.headers());
                yield Optional.of(response);
            }
        };
    }

    private void authenticate(ApiRequest request, Scope scope) throws GraphApiException {
        String token = tokenOf(request);
        if (token == null) {
            throw GraphApiException.of(MetaErrorCode.ACCESS_TOKEN_REQUIRED, "No access token in the request");
        }
        String id = request.pathParam("id");
        String expected = id == null ? accessToken : numberTokens.getOrDefault(id, accessToken);
        if (!token.equals(expected)) {
            throw GraphApiException.of(MetaErrorCode.INVALID_ACCESS_TOKEN, "The access token could not be decrypted");
        }
        AccessTokenState state = tokenState.get();
        if (!state.valid()) {
            throw new GraphApiException(
                    GraphError.of(MetaErrorCode.INVALID_ACCESS_TOKEN,
                            "The access token has been invalidated").withSubcode(467).withMessage(
                                    "Error validating access token: The session has been invalidated because the user changed their"
                                            + " password or Facebook has changed the session for security reasons."));
        }
        Instant now = clock.instant();
        if (state.expiredAt(now)) {
            throw new GraphApiException(
                    GraphError.of(MetaErrorCode.INVALID_ACCESS_TOKEN, "The access token expired")
                            .withSubcode(463).withMessage("Error validating access token: Session has expired on "
                                    + state.expiresAt() + ". The current time is " + now + "."));
        }
        if (!state.scopes().contains(scope.name)) {
            throw GraphApiException.of(scope.missing, "The access token lacks the " + scope.name + " permission");
        }
    }

    private void authenticateDebugToken(ApiRequest request) throws GraphApiException {
        String token = tokenOf(request);
        if (token == null) {
            throw GraphApiException.of(MetaErrorCode.ACCESS_TOKEN_REQUIRED, "No access token in the request");
        }
        // an app token (app id|app secret) or the token itself, even expired: debugging it is the point
        if (!token.equals(accessToken) && !token.equals(appCredentials)) {
            throw GraphApiException.of(MetaErrorCode.INVALID_ACCESS_TOKEN, "The access token could not be decrypted");
        }
    }

    private static String tokenOf(ApiRequest request) {
        String authorization = request.header("authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).trim();
            return token.isEmpty() ? null : token;
        }
        String queryToken = request.query().get("access_token");
        return queryToken == null || queryToken.isEmpty() ? null : queryToken;
    }

    private PhoneNumberState phoneNumber(ApiRequest request) throws GraphApiException {
        return numbers.require(request.method(), request.pathParam("id"));
    }

    private void requireWaba(ApiRequest request) throws GraphApiException {
        if (!wabaId.equals(request.pathParam("id"))) {
            throw new GraphApiException(GraphError.unknownObject(request.method(), request.pathParam("id")));
        }
    }

    private ApiResponse getObject(ApiRequest request) throws GraphApiException {
        String id = request.pathParam("id");
        Optional<PhoneNumberState> number = numbers.find(id);
        if (number.isPresent()) {
            return endpoints.phoneNumbers().get(request, number.get());
        }
        if (id.equals(wabaId)) {
            ObjectNode waba = Json.object();
            waba.put("id", wabaId);
            waba.put("name", "Emulated WhatsApp Business Account");
            waba.put("currency", "USD");
            waba.put("timezone_id", "1");
            waba.put("message_template_namespace", "emulator_namespace");
            return ApiResponse.ok(FieldSelection.select(waba, request.query().get("fields")));
        }
        Optional<ApiResponse> template = endpoints.templates().describe(request, id);
        if (template.isPresent()) {
            return template.get();
        }
        if (endpoints.flows().isFlow(id)) {
            return endpoints.flows().get(request, id);
        }
        return endpoints.media().describe(request, id)
                .orElseThrow(() -> new GraphApiException(GraphError.unknownObject("GET", id)));
    }

    /** Two-step PIN of a phone number, an update of a Flow's metadata, or an edit of a template. */
    private ApiResponse postObject(ApiRequest request) throws GraphApiException {
        String id = request.pathParam("id");
        if (endpoints.flows().isFlow(id)) {
            return endpoints.flows().updateMetadata(request, id);
        }
        if (numbers.find(id).isPresent()) {
            return endpoints.phoneNumbers().setPin(phoneNumber(request), jsonBody(request));
        }
        return endpoints.templates().edit(id, jsonBody(request))
                .orElseThrow(() -> new GraphApiException(GraphError.unknownObject("POST", id)));
    }

    private ApiResponse deleteObject(ApiRequest request) throws GraphApiException {
        String id = request.pathParam("id");
        if (endpoints.flows().isFlow(id)) {
            return endpoints.flows().delete(id);
        }
        return endpoints.media().delete(request, id)
                .orElseThrow(() -> new GraphApiException(GraphError.unknownObject("DELETE", id)));
    }

    private static JsonNode jsonBody(ApiRequest request) throws GraphApiException {
        if (request.body().length == 0) {
            return Json.object();
        }
        try {
            JsonNode body = Json.parse(request.body());
            if (body == null || !body.isObject()) {
                throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER, "The request body must be a JSON object");
            }
            return body;
        } catch (IOException e) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER, "Invalid JSON in request body");
        }
    }
}
