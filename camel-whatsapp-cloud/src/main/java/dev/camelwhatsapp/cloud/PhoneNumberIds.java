package dev.camelwhatsapp.cloud;

import java.util.regex.Pattern;

/**
 * The rule for the endpoint path: a Graph API phone number id is a numeric object id. Checking it when the endpoint is
 * created catches the common mix-ups (the phone number itself with a {@code +}, the WABA id is numeric too but
 * cannot be told apart here) before the first message, and keeps the id safe to put into a request path.
 *
 * <p>
 * {@link #ANY} is the one spelling of the wildcard path, wherever the component tells it apart: endpoints, webhook
 * dispatch, the Flow data endpoint.
 */
public final class PhoneNumberIds {

    /**
     * The path {@code whatsapp-cloud:*}, for consumers only: every number of the app, and the account-level events
     * (a webhook subscriber with this phone number id receives them all).
     */
    public static final String ANY = "*";

    private static final Pattern GRAPH_ID = Pattern.compile("\\d{1,32}");

    private PhoneNumberIds() {
    }

    static String check(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException(
                    "whatsapp-cloud endpoints need the business phone number id as path, e.g. whatsapp-cloud:106540352242922");
        }
        if (!ANY.equals(path) && !GRAPH_ID.matcher(path).matches()) {
            throw new IllegalArgumentException(
                    "whatsapp-cloud:" + path + " - the path must be the phone number id shown"
                            + " in WhatsApp Manager (digits only), not the phone number itself");
        }
        return path;
    }
}
