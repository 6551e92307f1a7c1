package dev.camelwhatsapp.emulator.account;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.server.ApiResponse;
import dev.camelwhatsapp.emulator.server.Json;
import dev.camelwhatsapp.emulator.state.Subscription;

/**
 * {@code GET|POST|DELETE /{waba-id}/subscribed_apps}: whether the WABA sends its webhooks to the app.
 */
public final class SubscribedAppsEndpoint {

    private final Subscription subscription;
    private final String appId;
    private final String appName;

    public SubscribedAppsEndpoint(Subscription subscription, String appId, String appName) {
        this.subscription = subscription;
        this.appId = appId;
        this.appName = appName;
    }

    public ApiResponse list() {
        ObjectNode response = Json.object();
        ArrayNode data = response.putArray("data");
        if (subscription.subscribed()) {
            ObjectNode app = data.addObject().putObject("whatsapp_business_api_data");
            app.put("id", appId);
            app.put("name", appName);
            app.put("link", "https://www.facebook.com/games/?app_id=" + appId);
        }
        return ApiResponse.ok(response);
    }

    public ApiResponse subscribe() {
        subscription.subscribed(true);
        return ApiResponse.success();
    }

    public ApiResponse unsubscribe() {
        subscription.subscribed(false);
        return ApiResponse.success();
    }
}
