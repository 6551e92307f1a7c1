package dev.camelwhatsapp.cloud.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * A minimal Graph API stand-in for benchmarks, run in its own JVM so that its CPU time is not counted as the client's:
 * it answers every request with a Meta-shaped send success. It prints its port, then serves until its standard input
 * closes (the benchmark ends it that way).
 */
public final class LoopbackGraphApi {

    private static final byte[] SEND_SUCCESS
            = ("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"15551234567\","
                    + "\"wa_id\":\"15551234567\"}],\"messages\":[{\"id\":\"wamid.HBgLMTU1NTEyMzQ1NjcVAgARGBI3\","
                    + "\"message_status\":\"accepted\"}]}").getBytes(StandardCharsets.UTF_8);

    private LoopbackGraphApi() {
    }

    public static void main(String[] args) throws IOException {
        // -Dbench.latency=20: Meta's answer takes 20 ms; then a thread per connection, so the wait is not queued
        long latencyMillis = Long.getLong("bench.latency", 0);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(latencyMillis > 0 ? 128 : 8));
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            if (latencyMillis > 0) {
                try {
                    Thread.sleep(latencyMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, SEND_SUCCESS.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(SEND_SUCCESS);
            }
        });
        server.start();
        System.out.println(server.getAddress().getPort());
        System.out.flush();
        while (System.in.read() >= 0) {
            // serve until the parent closes our standard input
        }
        server.stop(0);
        System.exit(0);
    }
}
