package dev.camelwhatsapp.cloud.management;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The media limits table and the lint rules table are the code's own definitions, written out. */
class ManagementDocsTest {

    static String read(String page) throws Exception {
        return Files.readString(Path.of("../docs", page), StandardCharsets.UTF_8);
    }

    @Test
    void mediaGuideListsEverySupportedTypeWithItsLimit() throws Exception {
        String guide = read("media.md");
        for (SupportedMedia media : SupportedMedia.values()) {
            String row = "| `" + media.mimeType() + "` | " + media.kind().graphType() + " | "
                    + SupportedMedia.describe(media.maxBytes());
            assertThat(guide).as(media.name()).contains(row);
        }
        assertThat(guide).contains(SupportedMedia.describe(SupportedMedia.STATIC_STICKER_MAX_BYTES) + " static");
        assertThat(guide.lines().filter(l -> l.matches("\\| `[a-z]+/[^`]+` \\|.*")).count())
                .isEqualTo(SupportedMedia.values().length);
    }

    @Test
    void templatesGuideListsEveryLintRule() throws Exception {
        String guide = read("templates.md");
        for (LintRule rule : LintRule.values()) {
            assertThat(guide).contains("| `" + rule.name() + "` | " + rule.severity() + " | " + rule.summary() + " |");
        }
        assertThat(guide.lines().filter(l -> l.matches("\\| `[A-Z_]+` \\| (ERROR|WARNING) \\|.*")).count())
                .isEqualTo(LintRule.values().length);
    }

    @Test
    void everyDiagnosisCheckIsInTheChecklist() throws Exception {
        String guide = read("troubleshooting.md").toLowerCase(Locale.ROOT);
        for (String check : new String[]{
                dev.camelwhatsapp.cloud.health.Diagnosis.TOKEN,
                dev.camelwhatsapp.cloud.health.Diagnosis.SCOPES, dev.camelwhatsapp.cloud.health.Diagnosis.NUMBER_FORMAT,
                dev.camelwhatsapp.cloud.health.Diagnosis.NUMBER_IN_WABA,
                dev.camelwhatsapp.cloud.health.Diagnosis.REGISTERED, dev.camelwhatsapp.cloud.health.Diagnosis.TEMPLATES,
                dev.camelwhatsapp.cloud.health.Diagnosis.WEBHOOKS, dev.camelwhatsapp.cloud.health.Diagnosis.QUALITY }) {
            assertThat(guide).contains("| " + check.toLowerCase(Locale.ROOT) + " |");
        }
    }
}
