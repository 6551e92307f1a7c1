package dev.camelwhatsapp.cloud.api;

import java.util.Set;

/**
 * What a Meta error code means for the caller: whether to back off and retry, fix the token, send a template, fix the
 * request or give up. This enum is the one place where error codes are classified; the exception types, the
 * redelivery policy, the errors of webhooks (a {@code failed} status, an error event) and the error reference in the
 * docs all read it, so a code has the same category whether Meta answered it to a call or sent it in a webhook.
 *
 * <p>
 * Classify on {@code code} (and {@code error_data.details}), never on titles or messages: Meta localises and rewords
 * those.
 */
public enum ErrorCategory {

    /**
     * Too many messages or calls: 130429 throughput, 131056 pair rate (per recipient), 4 / 17 / 80007 application or
     * account rate limits. Retry after backing off.
     */
    RATE_LIMIT(true, Set.of(130429, 131056, 4, 17, 80007)),

    /**
     * Meta could not process the request now: 131000 unknown, 131016 service unavailable, 131057 maintenance, 1 / 2
     * API service errors, and any HTTP 5xx. Retry after backing off.
     */
    SERVICE(true, Set.of(131000, 131016, 131057, 1, 2)),

    /**
     * The access token is expired or invalid (0, 190), or lacks a permission (3, 10, 200): use a System User token
     * with whatsapp_business_messaging and whatsapp_business_management.
     */
    TOKEN(false, Set.of(0, 190, 3, 10, 200)),

    /** 131047: more than 24 hours since the user last wrote; only a template may be sent. */
    WINDOW_CLOSED(false, Set.of(131047)),

    /**
     * The template does not exist in that language, is not approved, is paused or disabled, or the parameters do not
     * fit it (132000, 132001, 132005, 132007, 132012, 132015, 132016 and the rest of the 132xxx range).
     */
    TEMPLATE(false, Set.of(132000, 132001, 132005, 132007, 132012, 132015, 132016)),

    /**
     * The request itself is wrong: 100 invalid parameter, 131008 missing parameter, 131009 parameter value (e.g. the
     * number is not in the WABA), 131005 access denied, 131053 media upload error, 133010 number not registered,
     * 131062 a message that needs a phone number (an authentication template) sent to a business-scoped user id.
     */
    BAD_REQUEST(false, Set.of(100, 131008, 131009, 131005, 131053, 133010, 131062)),

    /**
     * The message cannot reach this user: 131026 (no WhatsApp, blocked, outdated app, terms not accepted), 131021
     * sender equals recipient, 131051 unsupported message type, 130403 the business blocked the user.
     */
    UNDELIVERABLE(false, Set.of(131026, 131021, 131051, 130403)),

    /**
     * Meta refuses on policy or account grounds: 368, 131031 account locked, 131048 spam rate limit, 131049
     * ecosystem cap, 131050 user stopped marketing, 130497 country restriction, 130472 experiment. Retrying does not
     * help.
     */
    POLICY(false, Set.of(368, 131031, 131048, 131049, 131050, 130497, 130472)),

    /** A code this component does not know; treated as not retryable. */
    UNCLASSIFIED(false, Set.of());

    private final boolean retryable;
    private final Set<Integer> codes;

    ErrorCategory(boolean retryable, Set<Integer> codes) {
        this.retryable = retryable;
        this.codes = codes;
    }

    /** @return whether Meta documents errors of this category as transient */
    public boolean isRetryable() {
        return retryable;
    }

    /** @return the error codes this category names explicitly */
    public Set<Integer> codes() {
        return codes;
    }

    /**
     * Classifies an error by its code alone, as it arrives in a webhook (a {@code failed} status, an error event), where
     * there is no HTTP status: a code falls in the same category here as in the answer to a call.
     *
     * @param  code Meta's error code, or {@code null}
     * @return      the category, {@link #UNCLASSIFIED} for {@code null} or a code this component does not know
     */
    public static ErrorCategory of(Integer code) {
        if (code == null) {
            return UNCLASSIFIED;
        }
        for (ErrorCategory category : values()) {
            if (category.codes.contains(code)) {
                return category;
            }
        }
        return code >= 132000 && code < 133000 ? TEMPLATE : UNCLASSIFIED;
    }

    /**
     * Classifies an error.
     *
     * @param  code       Meta's error code, or {@code null} when the response carried none (e.g. a proxy's HTML page)
     * @param  httpStatus the HTTP status of the response
     * @return            the category
     */
    public static ErrorCategory of(Integer code, int httpStatus) {
        ErrorCategory byCode = of(code);
        if (byCode != UNCLASSIFIED) {
            return byCode;
        }
        if (httpStatus >= 500) {
            return SERVICE;
        }
        if (httpStatus == 429) {
            return RATE_LIMIT;
        }
        return UNCLASSIFIED;
    }
}
