package dev.camelwhatsapp.cloud.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiVersionsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void endOfLifeDatesAreKeptInOnePlace() {
        assertThat(ApiVersions.endOfLife("v21.0")).contains(LocalDate.of(2027, 1, 21));
        assertThat(ApiVersions.endOfLife("v22.0")).contains(LocalDate.of(2027, 5, 20));
        assertThat(ApiVersions.endOfLife("v23.0")).contains(LocalDate.of(2027, 10, 8));
        assertThat(ApiVersions.endOfLife("v24.0")).contains(LocalDate.of(2028, 2, 18));
        assertThat(ApiVersions.endOfLife("v25.0")).contains(LocalDate.of(2028, 7, 29));
        assertThat(ApiVersions.endOfLife(ApiVersions.CURRENT)).isEmpty();
    }

    @Test
    void warnsWithin90DaysOfTheEndAndAfterIt() {
        assertThat(ApiVersions.warning("v21.0", TODAY)).contains("apiVersion v21.0 ends on 2027-01-21, in 46 days."
                + " Move to v26.0");
        assertThat(ApiVersions.warning("v22.0", TODAY)).isEmpty(); // 165 days left
        assertThat(ApiVersions.warning("v22.0", LocalDate.of(2027, 2, 19))).hasValueSatisfying(
                w -> assertThat(w).contains("in 90 days"));
        assertThat(ApiVersions.warning("v22.0", LocalDate.of(2027, 2, 18))).isEmpty();
        assertThat(ApiVersions.warning("v21.0", LocalDate.of(2027, 1, 21))).hasValueSatisfying(
                w -> assertThat(w).contains("ended on 2027-01-21"));
        assertThat(ApiVersions.warning("v26.0", TODAY)).isEmpty();
    }

    @Test
    void unknownVersionsAreNamed() {
        assertThat(ApiVersions.warning("v99.0", TODAY)).hasValueSatisfying(w -> assertThat(w).contains("not released"));
        assertThat(ApiVersions.warning("v19.0", TODAY)).hasValueSatisfying(w -> assertThat(w).contains("has ended"));
        assertThat(ApiVersions.warning("26", TODAY)).hasValueSatisfying(
                w -> assertThat(w).contains("not a Graph API version"));
    }

    @Test
    void aWatchRecordsTheLatestSignalOnly() {
        Instant at = Instant.parse("2027-01-25T08:00:00Z");
        ApiVersionWatch watch = new ApiVersionWatch("v21.0", Clock.fixed(at, ZoneOffset.UTC));
        watch.observe("GET 1", "v21.0", null);
        assertThat(watch.latest()).isEmpty();

        watch.observe("POST 1/messages", "v22.0", "The call has been auto-upgraded to v22.0 as v21.0 is deprecated.");

        assertThat(watch.latest()).hasValueSatisfying(signal -> {
            assertThat(signal.served()).isEqualTo("v22.0");
            // dated by the endpoint's clock, not the system's
            assertThat(signal.at()).isEqualTo(at);
            assertThat(signal.describe()).isEqualTo("Meta answered POST 1/messages requested in v21.0 with version"
                    + " v22.0: The call has been auto-upgraded to v22.0 as v21.0 is"
                    + " deprecated.");
        });
    }
}
