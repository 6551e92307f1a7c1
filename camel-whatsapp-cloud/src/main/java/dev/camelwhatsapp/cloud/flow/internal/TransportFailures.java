package dev.camelwhatsapp.cloud.flow.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

import dev.camelwhatsapp.cloud.runtime.RouteContinuation;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.RequestNotExecutedException;
import org.apache.hc.core5.util.DeadlineTimeoutException;

/**
 * Tells transport failures apart by what they prove about the request. WhatsApp has no idempotency key, so a request
 * that may have reached Meta must not be sent again: Meta may have accepted it, and a duplicate message to a customer
 * is worse than a failed exchange.
 */
public final class TransportFailures {

    private TransportFailures() {
    }

    /**
     * @param  failure what the HTTP call failed with
     * @return         whether the request provably never left: the connection was refused or could not be made in
     *                 time, the host did not resolve or was unreachable, no pooled connection was free in time, or
     *                 the HTTP client reports the request as not executed (a pooled connection closed by the server,
     *                 e.g. while it restarted, before the request was written to it)
     */
    public static boolean provablyUnsent(Throwable failure) {
        Throwable cause = unwrap(failure);
        return cause instanceof ConnectException // includes HttpClient's HttpHostConnectException: refused
                || cause instanceof ConnectTimeoutException
                || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException
                || cause instanceof DeadlineTimeoutException // the connection pool's lease timeout
                // thrown for requests still queued on a connection that closed: none of their bytes were written
                || cause instanceof RequestNotExecutedException;
    }

    /**
     * @param  failure what the HTTP call failed with
     * @return         whether it is an I/O failure after which the request may or may not have reached Meta: a
     *                 response timeout, a connection closed or reset after the request was written
     */
    public static boolean unanswered(Throwable failure) {
        Throwable cause = unwrap(failure);
        return cause instanceof IOException && !provablyUnsent(cause)
                && !(cause instanceof javax.net.ssl.SSLException); // a TLS failure does not heal by retrying
    }

    /** @return the failure without the wrappers of futures */
    public static Throwable unwrap(Throwable failure) {
        return RouteContinuation.causeOf(failure);
    }
}
