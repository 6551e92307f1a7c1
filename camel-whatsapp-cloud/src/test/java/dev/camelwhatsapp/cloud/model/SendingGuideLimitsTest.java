package dev.camelwhatsapp.cloud.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits table of docs/sending.md says exactly what {@link MessageLimits} enforces. */
class SendingGuideLimitsTest {

    private static final Path GUIDE = Path.of("../docs/sending.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z_]+)` \\| (.+?) \\| (-?\\d+) \\| (-?\\d+) \\|$");

    @Test
    void limitsTableMatchesMessageLimits() throws IOException {
        List<String> documented = Files.readAllLines(GUIDE).stream()
                .map(ROW::matcher).filter(Matcher::matches)
                .map(row -> row.group(1) + " | " + row.group(2).replace("`", "").replaceFirst(" \\(.*\\)$", "")
                        + " | " + row.group(3) + " | " + row.group(4))
                .toList();
        List<String> enforced = Arrays.stream(MessageLimits.values())
                .map(limit -> limit.name() + " | " + limit.field() + " | " + limit.min() + " | " + limit.max())
                .toList();
        assertThat(documented).containsExactlyElementsOf(enforced);
    }

    @Test
    void everyShortenerNamedInTheGuideIsRefused() throws IOException {
        String guide = Files.readString(GUIDE);
        for (String host : List.of("bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rebrand.ly",
                "cutt.ly", "shorturl.at")) {
            assertThat(guide).contains(host);
            assertThat(MessageLimits.URL_SHORTENER_HOSTS).contains(host);
        }
    }
}
