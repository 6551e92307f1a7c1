package dev.camelwhatsapp.cloud.api.internal;

import java.util.concurrent.TimeUnit;

import dev.camelwhatsapp.cloud.api.HttpClientSettings;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the Apache HttpClient 5 async client the component talks to the Graph API with. Async I/O keeps Camel's
 * threads free while a request is in flight: the caller's thread is never parked waiting for Meta.
 */
public final class HttpClientFactory {

    private static final String USER_AGENT = "camel-whatsapp-cloud";

    private HttpClientFactory() {
    }

    /**
     * @param  settings the timeouts, pool, proxy and TLS settings
     * @return          a started client; the caller closes it
     */
    public static CloseableHttpAsyncClient create(HttpClientSettings settings) {
        ConnectionConfig connectionConfig = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                // Meta closes idle connections; checking before reuse avoids failing a send on a dead connection
                .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                .setTimeToLive(TimeValue.of(5, TimeUnit.MINUTES))
                .build();
        PoolingAsyncClientConnectionManagerBuilder pool = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(connectionConfig);
        if (settings.sslContext() != null) {
            pool.setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(settings.sslContext()).buildAsync());
        }
        HttpAsyncClientBuilder builder = HttpAsyncClients.custom()
                .setConnectionManager(pool.build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(settings.connectionRequestTimeout()))
                        .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                        .build())
                // HTTP/1.1 only: no h2c upgrade headers on every request, and keep-alive pooling is all the Graph
                // API needs
                .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                // retries are decided by Meta's error codes, at one place, not by the transport behind our back
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent(USER_AGENT);
        if (settings.proxyHost() != null) {
            HttpHost proxy = new HttpHost(
                    settings.proxyHost(), settings.proxyPort() == null ? 80 : settings.proxyPort());
            builder.setProxy(proxy);
            if (settings.proxyUsername() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                char[] password = settings.proxyPassword() == null ? new char[0] : settings.proxyPassword()
                        .toCharArray();
                credentials.setCredentials(new AuthScope(proxy),
                        new UsernamePasswordCredentials(settings.proxyUsername(), password));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        CloseableHttpAsyncClient client = builder.build();
        client.start();
        return client;
    }
}
