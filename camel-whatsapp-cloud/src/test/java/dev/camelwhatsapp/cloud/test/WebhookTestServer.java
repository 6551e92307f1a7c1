package dev.camelwhatsapp.cloud.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Camel Main application with the platform-http-main server (Vert.x) on a free port of 127.0.0.1, and a plain
 * HTTP client to play Meta: signed POSTs and verification GETs. Started by a test itself ({@link #start}), or once per
 * test class as a JUnit extension that also records what the routes received ({@link #perClass}).
 */
public final class WebhookTestServer implements AutoCloseable {

    /** The app secret of the routes under test. */
    public static final String APP_SECRET = "0d3b7c1e9f2a4b6c8d0e1f2a3b4c5d6e";
    /** The verify token of the routes under test. */
    public static final String VERIFY_TOKEN = "verify-me-7Qz";
    /** The default webhook path. */
    public static final String PATH = "/whatsapp/webhook";
    /** The number of the fixtures. */
    public static final String PHONE_NUMBER_ID = "106540352242922";
    /** The WABA of the fixtures. */
    public static final String WABA_ID = "102290129340398";

    private final Main main;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private WebhookTestServer(Main main, int port) {
        this.main = main;
        this.port = port;
    }

    /**
     * @param  routes    the application's routes
     * @return           the started application
     * @throws Exception if it does not start
     */
    public static WebhookTestServer start(RoutesBuilder... routes) throws Exception {
        return start(main -> {
        }, routes);
    }

    /**
     * @param  settings  further settings of the application, e.g. of its HTTP server
     * @param  routes    the application's routes
     * @return           the started application
     * @throws Exception if it does not start
     */
    public static WebhookTestServer start(Consumer<Main> settings, RoutesBuilder... routes)
            throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        Main main = new Main();
        main.configure().httpServer().withEnabled(true).withHost("127.0.0.1").withPort(port);
        settings.accept(main);
        // as an application should name them: Camel masks the values of properties whose last part it knows as
        // sensitive (secret, token, webhook-verify-token, ...) in its own logs
        main.addInitialProperty("whatsapp.secret", APP_SECRET);
        main.addInitialProperty("whatsapp.webhook-verify-token", VERIFY_TOKEN);
        for (RoutesBuilder route : routes) {
            main.configure().addRoutesBuilder(route);
        }
        main.start();
        return new WebhookTestServer(main, port);
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    /** POSTs a body signed with {@link #APP_SECRET} to the default path. */
    public HttpResponse<String> postSigned(byte[] body) {
        return post(PATH, body, "Content-Type", "application/json", "X-Hub-Signature-256", signature(APP_SECRET, body));
    }

    /** POSTs a body with the given header name/value pairs. */
    public HttpResponse<String> post(String path, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** GETs a path and query. */
    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    /** Sends any request. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The X-Hub-Signature-256 value Meta would send. */
    public static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A webhook payload from {@code src/test/resources/webhook}. */
    public static byte[] fixture(String name) {
        try (InputStream in = WebhookTestServer.class.getResourceAsStream("/webhook/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture with every occurrence of a text replaced, e.g. to give a message a new id. */
    public static byte[] fixture(String name, String text, String replacement) {
        return new String(fixture(name), StandardCharsets.UTF_8).replace(text, replacement)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        main.stop();
    }

    /**
     * One application for a test class whose webhook route is {@code from(consumerUri).process(received())}.
     *
     * @param consumerUri the webhook consumer, e.g. {@code whatsapp-cloud:*?appSecret=RAW({{whatsapp.secret}})}
     */
    public static PerClass perClass(String consumerUri) {
        return perClass(received -> new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri).process(received);
            }
        });
    }

    /**
     * One application for a test class, with the routes {@code routes} builds; they record into the events given.
     */
    public static PerClass perClass(Function<ReceivedEvents, RoutesBuilder> routes) {
        return new PerClass(routes);
    }

    /**
     * The application of a test class as a JUnit extension ({@code @RegisterExtension static final}): started before
     * all tests, closed after them, its {@link #received() received events} forgotten before each test.
     */
    public static final class PerClass implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

        private final Function<ReceivedEvents, RoutesBuilder> routes;
        private final ReceivedEvents received = new ReceivedEvents();
        private final AtomicInteger sequence = new AtomicInteger();
        private Consumer<Main> settings = main -> {
        };
        private WhatsAppCloudEmulatorExtension emulator;
        private volatile WebhookTestServer server;

        private PerClass(Function<ReceivedEvents, RoutesBuilder> routes) {
            this.routes = routes;
        }

        /** Further settings of the application, e.g. beans to bind. */
        public PerClass settings(Consumer<Main> more) {
            this.settings = more;
            return this;
        }

        /**
         * Makes the emulator of the test class deliver its webhooks to this application. The emulator is started
         * first, so that routes may use its base URI.
         */
        public PerClass deliveredBy(WhatsAppCloudEmulatorExtension graph) {
            this.emulator = graph;
            return this;
        }

        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            if (emulator != null) {
                emulator.beforeAll(context); // starts it unless it already runs
            }
            server = start(settings, routes.apply(received));
            if (emulator != null) {
                emulator.emulator().setWebhookUrl(server.uri(PATH));
            }
        }

        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            if (server != null) {
                server.close();
                server = null;
            }
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            received.clear();
        }

        /** What the routes received in this test, and the rule that makes them fail. */
        public ReceivedEvents received() {
            return received;
        }

        public WebhookTestServer server() {
            WebhookTestServer running = server;
            if (running == null) {
                throw new IllegalStateException("The application starts before all tests of the class");
            }
            return running;
        }

        public CamelContext context() {
            return server().context();
        }

        /** POSTs a body signed with {@link #APP_SECRET} to the default path. */
        public HttpResponse<String> postSigned(byte[] body) {
            return server().postSigned(body);
        }

        /** The text message fixture under a message id no other test uses, e.g. {@code wamid.ACK3-81723...}. */
        public byte[] freshMessage(String prefix) {
            return fixture("message-text.json", "wamid.HBgL", "wamid." + prefix + sequence.incrementAndGet() + "-"
                    + System.nanoTime());
        }
    }
}
