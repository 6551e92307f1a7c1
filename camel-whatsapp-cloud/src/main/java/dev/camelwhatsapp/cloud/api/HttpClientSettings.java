package dev.camelwhatsapp.cloud.api;

import java.time.Duration;

import javax.net.ssl.SSLContext;

import dev.camelwhatsapp.cloud.WhatsAppCloudConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;

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

    /**
     * The settings of an endpoint's options, the one place they are read: the endpoint's client and the standalone
     * {@code Diagnosis.diagnose(configuration)} are built alike.
     *
     * @param  configuration         the endpoint's options: timeouts, {@code maxConnections}, proxy,
     *                               {@code sslContextParameters}
     * @param  globalTls             the CamelContext's global TLS parameters, used when the configuration has none
     *                               ({@code useGlobalSslContextParameters}), or {@code null}
     * @param  camelContext          the context the TLS parameters are resolved in; {@code null} outside Camel, where
     *                               no TLS parameters are used and the JVM's default TLS context applies
     * @return                       the settings
     * @throws IllegalStateException when the TLS parameters cannot make a TLS context
     */
    public static HttpClientSettings from(
                                          WhatsAppCloudConfiguration configuration, SSLContextParameters globalTls,
                                          CamelContext camelContext) {
        SSLContextParameters tls = configuration.getSslContextParameters() != null
                ? configuration.getSslContextParameters() : globalTls;
        SSLContext sslContext = null;
        if (tls != null && camelContext != null) {
            try {
                sslContext = tls.createSSLContext(camelContext);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot create the TLS context from sslContextParameters", e);
            }
        }
        return new HttpClientSettings(
                Duration.ofMillis(configuration.getConnectTimeout()),
                Duration.ofMillis(configuration.getResponseTimeout()),
                Duration.ofMillis(configuration.getConnectionRequestTimeout()),
                configuration.getMaxConnections(),
                configuration.getProxyHost(), configuration.getProxyPort(),
                configuration.getProxyAuthUsername(), configuration.getProxyAuthPassword(),
                sslContext);
    }

    @Override
    public String toString() {
        // the record's generated toString would print the proxy password
        return "HttpClientSettings[connectTimeout=" + connectTimeout + ", responseTimeout=" + responseTimeout
                + ", connectionRequestTimeout=" + connectionRequestTimeout + ", maxConnections=" + maxConnections
                + ", proxy=" + (proxyHost == null ? "none" : proxyHost + ":" + proxyPort) + "]";
    }
}
