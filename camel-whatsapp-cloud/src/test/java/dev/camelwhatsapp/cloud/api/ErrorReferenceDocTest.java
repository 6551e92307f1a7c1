package dev.camelwhatsapp.cloud.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/errors.md lists, per category, exactly the codes {@link ErrorCategory} classifies, its exception type and
 * whether it is retried: the table in the docs cannot drift from the code.
 */
class ErrorReferenceDocTest {

    static final Path ERRORS = Path.of("../docs/errors.md");

    @ParameterizedTest
    @EnumSource(value = ErrorCategory.class, mode = EnumSource.Mode.EXCLUDE, names = "UNCLASSIFIED")
    void categoryRowMatchesTheEnum(ErrorCategory category) throws IOException {
        String row = Files.readAllLines(ERRORS, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("| " + category.name() + " |"))
                .findFirst().orElseThrow(() -> new AssertionError("docs/errors.md has no row for " + category));
        String[] cells = Arrays.stream(row.split("\\|")).map(String::trim).toArray(String[]::new);

        Set<Integer> documented = Arrays.stream(cells[4].split(",")).map(String::trim).map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented).isEqualTo(new TreeSet<>(category.codes()));
        assertThat(cells[3]).isEqualTo(category.isRetryable() ? "yes" : "no");

        GraphApiError error = new GraphApiError(
                400, category.codes().iterator().next(), null, null, null, null, null,
                null, null, null, null);
        assertThat(cells[2]).isEqualTo("`" + WhatsAppCloudApiException.of(error).getClass().getSimpleName() + "`");
    }
}
