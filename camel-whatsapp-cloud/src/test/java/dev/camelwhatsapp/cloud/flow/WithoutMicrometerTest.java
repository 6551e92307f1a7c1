package dev.camelwhatsapp.cloud.flow;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.WhatsAppCloudEndpoint;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Micrometer is optional: the component starts, sends and stops in a class loader that has the test classpath
 * without micrometer-core and camel-micrometer, as an application without them has it.
 */
class WithoutMicrometerTest {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension();

    @Test
    void theComponentSendsAndStopsWithoutMicrometerOnTheClasspath() throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader withoutMicrometer = new URLClassLoader(
                classpathWithoutMicrometer(),
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> Class.forName(SendMeters.METER_REGISTRY_CLASS, false, withoutMicrometer))
                    .isInstanceOf(ClassNotFoundException.class);
            // Camel finds its services through the context class loader as well
            Thread.currentThread().setContextClassLoader(withoutMicrometer);
            Class<?> application = Class.forName(Application.class.getName(), true, withoutMicrometer);
            assertThat(application.getClassLoader()).isSameAs(withoutMicrometer);

            Object sent = application.getMethod("sendOnce", String.class).invoke(null, emulator.baseUri().toString());

            assertThat(sent).isEqualTo(1L);
            assertThat(emulator.emulator().sentMessages()).hasSize(1);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** The test classpath, the manifest-only jar of the test runner expanded, without the Micrometer jars. */
    static URL[] classpathWithoutMicrometer() throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            addWithManifestClassPath(Path.of(entry).toUri().toURL(), urls);
        }
        return urls.stream().filter(url -> {
            String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            return !file.startsWith("micrometer-core-") && !file.startsWith("camel-micrometer-");
        }).toArray(URL[]::new);
    }

    private static void addWithManifestClassPath(URL url, List<URL> urls) throws IOException {
        urls.add(url);
        if (!url.getPath().endsWith(".jar")) {
            return;
        }
        try (JarFile jar = new JarFile(new File(url.getPath()))) {
            String classPath = jar.getManifest() == null ? null
                    : jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath != null && !classPath.isBlank()) {
                for (String entry : classPath.trim().split("\\s+")) {
                    urls.add(new URL(url, entry));
                }
            }
        }
    }

    /** Runs inside the class loader without Micrometer: everything it touches is loaded there. */
    public static final class Application {

        private Application() {
        }

        /**
         * @param  baseUri the emulator
         * @return         the messages the endpoint counted as sent
         */
        public static long sendOnce(String baseUri) throws Exception {
            String uri = "whatsapp-cloud:106540352242922?accessToken=emulator-access-token&windowPolicy=off&baseUri="
                    + baseUri;
            // the MBeans of this context would be those of classes nobody else can read
            DefaultCamelContext.setDisableJmx(true);
            try (CamelContext context = new DefaultCamelContext()) {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:send").to(uri);
                    }
                });
                context.start();
                context.createProducerTemplate().sendBodyAndHeader("direct:send", "Your order shipped",
                        WhatsAppCloudConstants.TO, "15551234567");
                long sent = context.getEndpoint(uri, WhatsAppCloudEndpoint.class).getSendStatistics().getSent();
                context.stop();
                return sent;
            }
        }
    }
}
