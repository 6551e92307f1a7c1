package dev.camelwhatsapp.emulator.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;

/**
 * Runs the emulator on its own: {@code java -jar camel-whatsapp-cloud-emulator-<version>-standalone.jar --port 0}.
 * Prints the base URI as the only line on standard output (so scripts can read it) and runs until stopped
 * (Ctrl-C / SIGTERM). Secrets are never printed.
 */
public final class EmulatorMain {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar camel-whatsapp-cloud-emulator-standalone.jar [options]",
            "  --port <n>            TCP port, 0 for a free one (default 0)",
            "  --host <address>      interface to bind (default 127.0.0.1)",
            "  --access-token <t>    Bearer token the API accepts (default "
                    + WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN + ")",
            "  --app-secret <s>      secret signing webhooks (default " + WhatsAppCloudEmulator.DEFAULT_APP_SECRET
                    + ")",
            "  --webhook-url <url>   the app's webhook callback URL",
            "  --waba-id <id>        WhatsApp Business Account id (default " + WhatsAppCloudEmulator.DEFAULT_WABA_ID
                    + ")",
            "  --config <file.json>  numbers, users, templates, limits (options above override it)",
            "  --help                this text");

    private EmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        WhatsAppCloudEmulator emulator;
        try {
            emulator = create(args);
        } catch (HelpRequested e) {
            System.out.println(USAGE);
            return;
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("Error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        URI base = emulator.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.stop();
            stopped.countDown();
        }, "whatsapp-emulator-shutdown"));
        System.out.println(base);
        System.out.flush();
        describe(emulator, base, System.err);
        stopped.await();
    }

    /** Builds (but does not start) an emulator from command-line arguments. */
    static WhatsAppCloudEmulator create(String[] args) throws IOException {
        WhatsAppCloudEmulator.Builder builder = WhatsAppCloudEmulator.builder();
        // the config file first, so that explicit options override it whatever their order
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--config")) {
                ConfigFile.apply(Path.of(args[i + 1]), builder);
            }
        }
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                throw new HelpRequested();
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(parsePort(value));
                case "--host" -> builder.host(value);
                case "--access-token" -> builder.accessToken(value);
                case "--app-secret" -> builder.appSecret(value);
                case "--webhook-url" -> builder.webhookUrl(URI.create(value));
                case "--waba-id" -> builder.wabaId(value);
                case "--config" -> {
                    // applied above
                }
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        return builder.build();
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port expects a number: " + value);
        }
    }

    private static void describe(WhatsAppCloudEmulator emulator, URI base, PrintStream out) {
        out.println("WhatsApp Cloud API emulator listening on " + base);
        out.println("  Graph API:   " + base + "/" + WhatsAppCloudEmulator.DEFAULT_API_VERSION + "/ (any version)");
        out.println("  Control API: " + base + "/_emulator/info");
        out.println("  WABA " + emulator.settings().wabaId() + ", numbers "
                + emulator.settings().businessNumbers().stream().map(n -> n.phoneNumberId()).toList());
        out.println("  Webhooks to " + emulator.webhookUrl().map(URI::toString).orElse("(none set)"));
    }

    /** --help was given. */
    private static final class HelpRequested extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HelpRequested() {
            super(null, null, false, false);
        }
    }
}
