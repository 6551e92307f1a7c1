package dev.camelwhatsapp.emulator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.BusinessNumber;
import dev.camelwhatsapp.emulator.TemplateDefinition;
import dev.camelwhatsapp.emulator.TemplateStatus;
import dev.camelwhatsapp.emulator.WebhookDeliveryOptions;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.control.UserJson;
import dev.camelwhatsapp.emulator.server.Json;

/**
 * Applies a JSON configuration file to a builder. Every key is optional:
 *
 * <pre>{@code
 * {
 *   "host": "127.0.0.1", "port": 0,
 *   "access_token": "...", "app_secret": "...", "webhook_url": "http://127.0.0.1:8080/whatsapp/webhook",
 *   "waba_id": "102290129340398", "app_id": "1234567890123456",
 *   "business_numbers": [{"id": "106540352242922", "display_phone_number": "+1 555-555-0100", "verified_name": "Shop"}],
 *   "users": [{"wa_id": "15551234567", "name": "Alice", "reads_messages": true},
 *             {"user_id": "US.13491208655302741918", "username": "maria.lopez", "name": "Maria"}],
 *   "templates": [{"name": "...", "language": "en_US", "category": "UTILITY", "status": "APPROVED", "components": [...]}],
 *   "default_templates": true,
 *   "throughput_per_second": 80,
 *   "pair_rate": {"burst": 45, "interval_ms": 6000},
 *   "accept_any_recipient": false,
 *   "status_delays": {"delivered_ms": 20, "read_ms": 40},
 *   "template_review_delay_ms": 60000,
 *   "subscribed": true,
 *   "webhook_delivery": {"max_events_per_payload": 1, "duplicate_ratio": 0, "shuffle": false, "seed": 42,
 *                        "max_attempts": 5, "initial_backoff_ms": 50, "request_timeout_ms": 5000},
 *   "max_records": 10000, "max_media_bytes": 268435456, "server_threads": 8
 * }
 * }</pre>
 */
public final class ConfigFile {

    private ConfigFile() {
    }

    /** Reads {@code file} and applies it to {@code builder}. */
    public static WhatsAppCloudEmulator.Builder apply(Path file, WhatsAppCloudEmulator.Builder builder)
            throws IOException {
        return apply(Json.parse(Files.readAllBytes(file)), builder);
    }

    /** Applies a parsed configuration to {@code builder}. */
    public static WhatsAppCloudEmulator.Builder apply(JsonNode config, WhatsAppCloudEmulator.Builder builder) {
        if (config == null || !config.isObject()) {
            throw new IllegalArgumentException("The configuration must be a JSON object");
        }
        text(config, "host").ifPresent(builder::host);
        if (config.has("port")) {
            builder.port(config.get("port").asInt());
        }
        text(config, "access_token").ifPresent(builder::accessToken);
        text(config, "app_secret").ifPresent(builder::appSecret);
        text(config, "webhook_url").ifPresent(builder::webhookUrl);
        text(config, "waba_id").ifPresent(builder::wabaId);
        text(config, "app_id").ifPresent(builder::appId);
        for (JsonNode number : config.path("business_numbers")) {
            builder.businessNumber(new BusinessNumber(
                    required(number, "id"), required(number,
                            "display_phone_number"), Json.text(number, "verified_name")));
        }
        for (JsonNode user : config.path("users")) {
            builder.user(UserJson.user(user));
        }
        if (!config.path("default_templates").asBoolean(true)) {
            builder.noDefaultTemplates();
        }
        for (JsonNode template : config.path("templates")) {
            builder.template(new TemplateDefinition(
                    required(template, "name"), required(template, "language"),
                    template.path("category").asText("UTILITY"),
                    TemplateStatus.valueOf(template.path("status").asText("APPROVED").toUpperCase(Locale.ROOT)),
                    template.path("components")));
        }
        if (config.has("throughput_per_second")) {
            builder.throughputPerSecond(config.get("throughput_per_second").asInt());
        }
        if (config.has("pair_rate")) {
            JsonNode pairRate = config.get("pair_rate");
            builder.pairRate(pairRate.path("burst").asInt(45),
                    Duration.ofMillis(pairRate.path("interval_ms").asLong(6000)));
        }
        if (config.has("accept_any_recipient")) {
            builder.acceptAnyRecipient(config.get("accept_any_recipient").asBoolean());
        }
        if (config.has("status_delays")) {
            JsonNode delays = config.get("status_delays");
            builder.statusDelays(Duration.ofMillis(delays.path("delivered_ms").asLong(20)),
                    Duration.ofMillis(delays.path("read_ms").asLong(40)));
        }
        if (config.has("template_review_delay_ms")) {
            builder.templateReviewDelay(Duration.ofMillis(config.get("template_review_delay_ms").asLong()));
        }
        if (config.has("subscribed")) {
            builder.subscribed(config.get("subscribed").asBoolean());
        }
        if (config.has("webhook_delivery")) {
            builder.webhookDelivery(delivery(config.get("webhook_delivery")));
        }
        if (config.has("max_records")) {
            builder.maxRecords(config.get("max_records").asInt());
        }
        if (config.has("max_media_bytes")) {
            builder.maxMediaBytes(config.get("max_media_bytes").asLong());
        }
        if (config.has("server_threads")) {
            builder.serverThreads(config.get("server_threads").asInt());
        }
        return builder;
    }

    private static WebhookDeliveryOptions delivery(JsonNode node) {
        WebhookDeliveryOptions defaults = WebhookDeliveryOptions.DEFAULTS;
        return new WebhookDeliveryOptions(
                node.path("max_events_per_payload").asInt(defaults.maxEventsPerPayload()),
                node.path("duplicate_ratio").asDouble(defaults.duplicateRatio()),
                node.path("shuffle").asBoolean(defaults.shuffle()),
                node.path("seed").asLong(defaults.seed()),
                node.path("max_attempts").asInt(defaults.maxAttempts()),
                Duration.ofMillis(node.path("initial_backoff_ms").asLong(defaults.initialBackoff().toMillis())),
                Duration.ofMillis(node.path("request_timeout_ms").asLong(defaults.requestTimeout().toMillis())));
    }

    private static java.util.Optional<String> text(JsonNode node, String field) {
        return java.util.Optional.ofNullable(Json.text(node, field));
    }

    private static String required(JsonNode node, String field) {
        String value = Json.text(node, field);
        if (value == null) {
            throw new IllegalArgumentException("'" + field + "' is required in " + node);
        }
        return value;
    }
}
