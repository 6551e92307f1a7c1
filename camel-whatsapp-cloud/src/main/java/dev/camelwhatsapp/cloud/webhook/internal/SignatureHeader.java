package dev.camelwhatsapp.cloud.webhook.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.camelwhatsapp.cloud.webhook.WebhookSignatureVerifier;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The {@value WebhookSignatureVerifier#HEADER} value of a request, from its HTTP headers only.
 * <p>
 * platform-http merges query parameters into the Camel headers, so {@code ?X-Hub-Signature-256=...} would otherwise
 * supply a signature no HTTP header carried, and a header sent twice arrives as a list. Values that came from the
 * query are removed; what is left must be one value, or the same value repeated (a proxy may duplicate a header).
 */
final class SignatureHeader {

    private SignatureHeader() {
    }

    /**
     * @param  request the HTTP request message
     * @return         the signature the HTTP headers carry, or {@code null} if none, or if they carry different ones
     */
    static String of(Message request) {
        List<String> values = values(request.getHeader(WebhookSignatureVerifier.HEADER));
        for (String fromQuery : queryValues(request.getHeader(Exchange.HTTP_QUERY, String.class))) {
            values.remove(fromQuery);
        }
        if (values.isEmpty()) {
            return null;
        }
        String first = values.get(0);
        return values.stream().allMatch(first::equals) ? first : null;
    }

    private static List<String> values(Object header) {
        List<String> values = new ArrayList<>();
        if (header instanceof Collection<?> several) {
            several.forEach(value -> values.add(String.valueOf(value)));
        } else if (header instanceof Object[] several) {
            for (Object value : several) {
                values.add(String.valueOf(value));
            }
        } else if (header != null) {
            values.add(header.toString());
        }
        return values;
    }

    private static List<String> queryValues(String query) {
        List<String> values = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return values;
        }
        for (String parameter : query.split("&")) {
            int equals = parameter.indexOf('=');
            String name = decode(equals < 0 ? parameter : parameter.substring(0, equals));
            if (name != null && name.equalsIgnoreCase(WebhookSignatureVerifier.HEADER)) {
                String value = equals < 0 ? "" : decode(parameter.substring(equals + 1));
                values.add(value == null ? "" : value);
            }
        }
        return values;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return null;
        }
    }
}
