package dev.camelwhatsapp.cloud.api;

import java.time.Duration;

import javax.net.ssl.SSLContext;

/**
 * How to build the HTTP client for the Graph API: the settings a Camel user knows from camel-http (timeouts, pool
 * size, proxy, TLS).
 *
 * @param connectTimeout           how long to wait for a TCP connection
 * @param responseTimeout          how long to wait for the response once the request is sent
 * @param connectionRequestTimeout how long to wait for a free pooled connection
 * @param maxConnections           the most connections kept open
 * @param proxyHost                an HTTP proxy host, or {@code null}
 * @param proxyPort                the proxy port, or {@code null} for 80
 * @param proxyUsername            the proxy user, or {@code null}
 * @param proxyPassword            the proxy password, or {@code null}
 * @param sslContext               the TLS context, or {@code null} for the JVM's default
 */
public record HttpClientSettings(
        Duration connectTimeout, Duration responseTimeout, Duration connectionRequestTimeout, int maxConnections,
        String proxyHost, Integer proxyPort, String proxyUsername, String proxyPassword, SSLContext sslContext) {

    @Override
    public String toString() {
        // the record's generated toString would print the proxy password
        return "HttpClientSettings[connectTimeout=" + connectTimeout + ", responseTimeout=" + responseTimeout
               + ", connectionRequestTimeout=" + connectionRequestTimeout + ", maxConnections=" + maxConnections
               + ", proxy=" + (proxyHost == null ? "none" : proxyHost + ":" + proxyPort) + "]";
    }
}
