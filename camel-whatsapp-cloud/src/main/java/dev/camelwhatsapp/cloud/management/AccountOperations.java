package dev.camelwhatsapp.cloud.management;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.cloud.WhatsAppCloudConfiguration;
import dev.camelwhatsapp.cloud.api.GraphApiClient;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** The phone number and account operations. */
final class AccountOperations {

    private final WhatsAppCloudConfiguration configuration;
    private final GraphApiClient client;
    private final AccountQueries queries;

    AccountOperations(WhatsAppCloudConfiguration configuration, GraphApiClient client) {
        this.configuration = configuration;
        this.client = client;
        this.queries = new AccountQueries(client);
    }

    CompletableFuture<Consumer<Exchange>> phoneNumber() {
        return queries.phoneNumber(configuration.getPhoneNumberId()).thenApply(AccountOperations::body);
    }

    CompletableFuture<Consumer<Exchange>> phoneNumbers() {
        return queries.phoneNumbers(ManagementOperations.requireWabaId(configuration, "listPhoneNumbers"))
                .thenApply(AccountOperations::body);
    }

    CompletableFuture<Consumer<Exchange>> register(Message in) {
        ObjectNode request = JsonNodeFactory.instance.objectNode().put("messaging_product", "whatsapp")
                .put("pin", pin(in, "registerPhoneNumber"));
        return client.post(configuration.getPhoneNumberId() + "/register", request).thenApply(
                AccountOperations::success);
    }

    CompletableFuture<Consumer<Exchange>> setTwoStepPin(Message in) {
        ObjectNode request = JsonNodeFactory.instance.objectNode().put("pin", pin(in, "setTwoStepPin"));
        return client.post(configuration.getPhoneNumberId(), request).thenApply(AccountOperations::success);
    }

    CompletableFuture<Consumer<Exchange>> subscribedApps() {
        return queries.subscribedApps(ManagementOperations.requireWabaId(configuration, "getSubscribedApps"))
                .thenApply(AccountOperations::body);
    }

    CompletableFuture<Consumer<Exchange>> subscribeApp() {
        String wabaId = ManagementOperations.requireWabaId(configuration, "subscribeApp");
        return client.post(wabaId + "/subscribed_apps", JsonNodeFactory.instance.objectNode())
                .thenApply(AccountOperations::success);
    }

    CompletableFuture<Consumer<Exchange>> debugToken() {
        return queries.token().thenApply(AccountOperations::body);
    }

    /** The PIN is a credential: it is checked here so that no error message, ours or Meta's, ever has to quote it. */
    private static String pin(Message in, String operation) {
        String pin = in.getBody(String.class);
        if (pin == null || !pin.strip().matches("\\d{6}")) {
            throw new IllegalArgumentException(operation + " needs the six-digit two-step verification PIN as body");
        }
        return pin.strip();
    }

    private static Consumer<Exchange> body(Object value) {
        return done -> done.getMessage().setBody(value);
    }

    private static Consumer<Exchange> success(com.fasterxml.jackson.databind.JsonNode json) {
        return done -> done.getMessage().setBody(json.path("success").asBoolean(true));
    }
}
