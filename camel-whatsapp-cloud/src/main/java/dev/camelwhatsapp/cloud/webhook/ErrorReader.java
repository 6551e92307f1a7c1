package dev.camelwhatsapp.cloud.webhook;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;
import dev.camelwhatsapp.cloud.model.inbound.WebhookError;
import dev.camelwhatsapp.cloud.model.inbound.WebhookErrorDetail;

import static dev.camelwhatsapp.cloud.webhook.JsonValues.integer;
import static dev.camelwhatsapp.cloud.webhook.JsonValues.text;

/**
 * Reads Meta's webhook error objects, which share one shape wherever they appear.
 */
final class ErrorReader {

    private ErrorReader() {
    }

    static List<WebhookErrorDetail> errorsOf(JsonNode owner) {
        return JsonValues.objects(owner, "errors", ErrorReader::detail);
    }

    static WebhookErrorDetail detail(JsonNode error) {
        return new WebhookErrorDetail(
                integer(error, "code"), text(error, "title"), text(error, "message"),
                errorDataDetails(error), text(error, "href"));
    }

    static WebhookError error(WebhookContext context, JsonNode error) {
        return new WebhookError(
                context, error, integer(error, "code"), text(error, "title"), text(error, "message"),
                errorDataDetails(error), text(error, "href"));
    }

    private static String errorDataDetails(JsonNode error) {
        JsonNode errorData = JsonValues.object(error, "error_data");
        return errorData != null ? text(errorData, "details") : null;
    }
}
