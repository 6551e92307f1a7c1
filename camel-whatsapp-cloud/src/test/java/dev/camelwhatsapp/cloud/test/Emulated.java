package dev.camelwhatsapp.cloud.test;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.WhatsAppCloudOperation;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What tests against the emulator repeat: the endpoint URI of its default number, running an operation through a
 * route, and reading the Meta error an exchange failed with.
 */
public final class Emulated {

    private Emulated() {
    }

    /**
     * @param  options more endpoint options, each starting with {@code &}, or {@code ""}
     * @return         {@code whatsapp-cloud:} for the emulator's default number with its token, base URI and WABA id
     */
    public static String endpoint(WhatsAppCloudEmulatorExtension emulator, String options) {
        return endpoint(emulator, DEFAULT_PHONE_NUMBER_ID, options);
    }

    /** The same for another number (or a wrong id), with the emulator's token, base URI and WABA id. */
    public static String endpoint(WhatsAppCloudEmulatorExtension emulator, String phoneNumberId, String options) {
        return "whatsapp-cloud:" + phoneNumberId + "?accessToken=RAW(" + DEFAULT_ACCESS_TOKEN + ")&baseUri="
                + emulator.baseUri() + "&wabaId=" + DEFAULT_WABA_ID + options;
    }

    /** Runs {@code operation} through the route from {@code from}, with the body and headers given. */
    public static Exchange run(ProducerTemplate template, String from, WhatsAppCloudOperation operation, Object body,
                               Map<String, Object> headers) {
        return template.request(from, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new LinkedHashMap<>(headers));
            e.getMessage().setHeader(WhatsAppCloudConstants.OPERATION, operation);
        });
    }

    /** Sends {@code body} to {@code to} through the route from {@code from}. */
    public static Exchange send(ProducerTemplate template, String from, Object body, String to) {
        return template.request(from, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
        });
    }

    /** The Graph API error the exchange failed with; fails the test when it did not fail with one. */
    public static WhatsAppCloudApiException apiError(Exchange failed) {
        assertThat(failed.getException()).isInstanceOf(WhatsAppCloudApiException.class);
        return (WhatsAppCloudApiException) failed.getException();
    }
}
