package dev.camelwhatsapp.cloud;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar declares its component the way Camel's own component jars do, for tools that list a jar's components. */
class ComponentDescriptorTest {

    @Test
    void componentPropertiesNameTheSchemeAndTheArtifact() throws IOException {
        Properties descriptor = new Properties();
        try (InputStream in = getClass().getResourceAsStream(
                "/META-INF/services/org/apache/camel/component.properties")) {
            assertThat(in).as("component.properties on the class path").isNotNull();
            descriptor.load(in);
        }

        assertThat(descriptor.getProperty("components")).isEqualTo("whatsapp-cloud");
        assertThat(descriptor.getProperty("groupId")).isEqualTo("dev.camelwhatsapp");
        assertThat(descriptor.getProperty("artifactId")).isEqualTo("camel-whatsapp-cloud");
        assertThat(descriptor.getProperty("version")).doesNotContain("${").isNotBlank();
        assertThat(getClass().getResource("/META-INF/services/org/apache/camel/component/"
                + descriptor.getProperty("components"))).isNotNull();
    }
}
