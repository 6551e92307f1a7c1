package dev.camelwhatsapp.cloud.management;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.camelwhatsapp.cloud.api.GraphApiClient;

/**
 * The read-only account calls that operations, health checks and the diagnosis share, each returning its typed
 * result.
 */
public final class AccountQueries {

    private final GraphApiClient client;

    public AccountQueries(GraphApiClient client) {
        this.client = client;
    }

    /** @return what Meta says about the client's token ({@code GET /debug_token}) */
    public CompletableFuture<TokenInfo> token() {
        return client.debugOwnToken().thenApply(TokenInfo::fromGraphJson);
    }

    /** @return the phone number with every field the checks read ({@code GET /{phone-number-id}?fields=…}) */
    public CompletableFuture<PhoneNumberInfo> phoneNumber(String phoneNumberId) {
        return client.get(phoneNumberId, Map.of("fields", PhoneNumberInfo.FIELDS))
                .thenApply(PhoneNumberInfo::fromGraphJson);
    }

    /** @return every phone number of the WABA, all pages ({@code GET /{waba-id}/phone_numbers}) */
    public CompletableFuture<List<PhoneNumberInfo>> phoneNumbers(String wabaId) {
        return client.getAllPages(wabaId + "/phone_numbers", Map.of("fields", PhoneNumberInfo.FIELDS))
                .thenApply(items -> items.stream().map(PhoneNumberInfo::fromGraphJson).toList());
    }

    /** @return the apps the WABA sends webhooks to ({@code GET /{waba-id}/subscribed_apps}) */
    public CompletableFuture<List<SubscribedApp>> subscribedApps(String wabaId) {
        return client.get(wabaId + "/subscribed_apps", Map.of()).thenApply(SubscribedApp::listFromGraphJson);
    }

    /** @return every template of the WABA, all pages */
    public CompletableFuture<List<TemplateInfo>> templates(String wabaId) {
        return client.getAllPages(wabaId + "/message_templates", Map.of("fields", TemplateOperations.FIELDS))
                .thenApply(items -> items.stream().map(TemplateInfo::fromGraphJson).toList());
    }
}
