package dev.camelwhatsapp.cloud.management;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.cloud.WhatsAppCloudConfiguration;
import dev.camelwhatsapp.cloud.api.GraphApiClient;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;
import dev.camelwhatsapp.cloud.runtime.RouteContinuation;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.BLOCK_USERS_PER_REQUEST;
import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.QR_CODE_PATTERN;

/** A phone number's business profile, block list, QR codes and conversational automation. */
final class NumberSettingsOperations {

    private final WhatsAppCloudConfiguration configuration;
    private final GraphApiClient client;

    NumberSettingsOperations(WhatsAppCloudConfiguration configuration, GraphApiClient client) {
        this.configuration = configuration;
        this.client = client;
    }

    CompletableFuture<Consumer<Exchange>> getBusinessProfile() {
        return client.get(number("whatsapp_business_profile"), Map.of()).thenApply(json -> body(
                json.path("data").size() == 0 ? null : BusinessProfile.fromGraphJson(json.path("data").get(0))));
    }

    CompletableFuture<Consumer<Exchange>> updateBusinessProfile(Message in) {
        BusinessProfile profile = in.getBody(BusinessProfile.class);
        if (profile == null) {
            throw new IllegalArgumentException(
                    "updateBusinessProfile needs a BusinessProfile body, e.g."
                            + " BusinessProfile.builder().about(\"…\").build()");
        }
        return client.post(number("whatsapp_business_profile"), profile.validate().toUpdateJson())
                .thenApply(NumberSettingsOperations::success);
    }

    CompletableFuture<Consumer<Exchange>> blockUsers(Message in) {
        return withPerUserFailures(client.post(number("block_users"), blockRequest(in, "blockUsers")), "added_users")
                .thenApply(json -> body(users(json.path("block_users").path("added_users"))));
    }

    CompletableFuture<Consumer<Exchange>> unblockUsers(Message in) {
        return withPerUserFailures(client.delete(number("block_users"), blockRequest(in, "unblockUsers")),
                "removed_users")
                .thenApply(json -> body(users(json.path("block_users").path("removed_users"))));
    }

    /** Meta answers a request that failed for some users with 139100 and the per-user results; keep them. */
    private static CompletableFuture<JsonNode> withPerUserFailures(CompletableFuture<JsonNode> answer,
                                                                   String doneKey) {
        return answer.handle((json, failure) -> {
            if (failure == null) {
                return json;
            }
            Throwable cause = RouteContinuation.causeOf(failure);
            if (cause instanceof WhatsAppCloudApiException error) {
                throw BlockUsersPartiallyFailedException.of(error, doneKey);
            }
            throw failure instanceof CompletionException completion ? completion : new CompletionException(cause);
        });
    }

    CompletableFuture<Consumer<Exchange>> listBlockedUsers() {
        return client.getAllPages(number("block_users"), Map.of()).thenApply(items -> body(users(items)));
    }

    CompletableFuture<Consumer<Exchange>> createQrCode(Message in) {
        Object body = in.getBody();
        QrCodeRequest request = body instanceof QrCodeRequest given ? given
                : body instanceof String message ? QrCodeRequest.create(message) : null;
        if (request == null) {
            throw new IllegalArgumentException(
                    "createQrCode needs the pre-filled message (String) or a QrCodeRequest"
                            + " as body");
        }
        return client.post(number("message_qrdls"), request.toGraphJson())
                .thenApply(json -> body(QrCode.fromGraphJson(json)));
    }

    CompletableFuture<Consumer<Exchange>> listQrCodes() {
        return client.getAllPages(number("message_qrdls"), Map.of()).thenApply(items -> {
            List<QrCode> codes = new ArrayList<>();
            items.forEach(item -> codes.add(QrCode.fromGraphJson(item)));
            return body(List.copyOf(codes));
        });
    }

    CompletableFuture<Consumer<Exchange>> deleteQrCode(Message in) {
        Object body = in.getBody();
        String code = body instanceof QrCode qr ? qr.code() : in.getBody(String.class);
        if (code == null || !code.strip().matches(QR_CODE_PATTERN)) {
            throw new IllegalArgumentException(
                    "deleteQrCode needs the QR code id (14 characters of A-Z and 2-7) or"
                            + " a QrCode as body");
        }
        return client.delete(number("message_qrdls/" + code.strip()), Map.of())
                .thenApply(NumberSettingsOperations::success);
    }

    CompletableFuture<Consumer<Exchange>> setConversationalAutomation(Message in) {
        ConversationalAutomation automation = in.getBody(ConversationalAutomation.class);
        if (automation == null) {
            throw new IllegalArgumentException(
                    "setConversationalAutomation needs a ConversationalAutomation body,"
                            + " e.g. ConversationalAutomation.builder().prompt(\"…\").build()");
        }
        return client.post(number("conversational_automation"), automation.toGraphJson())
                .thenApply(NumberSettingsOperations::success);
    }

    private String number(String edge) {
        return configuration.getPhoneNumberId() + "/" + edge;
    }

    /** The users of the body: one phone number or WhatsApp id, several separated by commas, or a collection. */
    private static ObjectNode blockRequest(Message in, String operation) {
        Object body = in.getBody();
        List<String> users = new ArrayList<>();
        if (body instanceof Collection<?> collection) {
            collection.forEach(user -> users.add(String.valueOf(user).strip()));
        } else if (body instanceof String text) {
            Arrays.stream(text.split(",")).map(String::strip).forEach(users::add);
        }
        users.removeIf(String::isEmpty);
        if (users.isEmpty()) {
            throw new IllegalArgumentException(
                    operation + " needs the users' phone numbers or WhatsApp ids as body"
                            + " (a String, comma-separated, or a collection)");
        }
        if (users.size() > BLOCK_USERS_PER_REQUEST) {
            throw new IllegalArgumentException(
                    operation + " takes at most " + BLOCK_USERS_PER_REQUEST
                            + " users per call, not " + users.size());
        }
        for (String user : users) {
            if (!user.matches("\\+?[\\d\\s().-]{7,20}")) {
                throw new IllegalArgumentException(operation + ": not a phone number or WhatsApp id: " + user);
            }
        }
        ObjectNode request = JsonNodeFactory.instance.objectNode().put("messaging_product", "whatsapp");
        ArrayNode list = request.putArray("block_users");
        users.forEach(user -> list.addObject().put("user", user));
        return request;
    }

    private static List<BlockedUser> users(Iterable<JsonNode> items) {
        List<BlockedUser> users = new ArrayList<>();
        items.forEach(item -> users.add(BlockedUser.fromGraphJson(item)));
        return List.copyOf(users);
    }

    private static Consumer<Exchange> body(Object value) {
        return done -> done.getMessage().setBody(value);
    }

    private static Consumer<Exchange> success(JsonNode json) {
        return done -> done.getMessage().setBody(json.path("success").asBoolean(true));
    }
}
