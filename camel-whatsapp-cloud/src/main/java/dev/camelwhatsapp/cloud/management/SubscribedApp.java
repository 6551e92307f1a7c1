package dev.camelwhatsapp.cloud.management;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An app the WhatsApp Business Account sends its webhooks to: the items of {@code getSubscribedApps}. A WABA with no
 * subscribed app delivers no webhook at all.
 *
 * @param id   the app id
 * @param name the app name
 * @param link the app's link
 */
public record SubscribedApp(String id, String name, String link) {

    /** @param json {@code {"data":[{"whatsapp_business_api_data":{"id","name","link"}}]}} */
    public static List<SubscribedApp> listFromGraphJson(JsonNode json) {
        List<SubscribedApp> apps = new ArrayList<>();
        for (JsonNode entry : json.path("data")) {
            JsonNode app = entry.has("whatsapp_business_api_data") ? entry.path("whatsapp_business_api_data") : entry;
            apps.add(new SubscribedApp(
                    app.path("id").asText(null), app.path("name").asText(null),
                    app.path("link").asText(null)));
        }
        return apps;
    }
}
