package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.camelwhatsapp.cloud.flow.internal.MarketingSignals;
import dev.camelwhatsapp.cloud.test.H2Database;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Both opt-out stores: the latest preference wins whatever order webhooks arrive in, a resume lifts a stop, the
 * per-user limit holds until its end. The JDBC store is checked as two replicas use it, one writing, one reading.
 */
class MarketingOptOutStoreTest {

    static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");
    static final String NUMBER = "106540352242922";
    static final String USER = "15551234567";

    @RegisterExtension
    static final H2Database DATABASE = new H2Database();

    record Stores(String name, MarketingOptOutStore writer, MarketingOptOutStore reader) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Stores> stores() {
        String table = H2Database.uniqueName("marketing_");
        InMemoryMarketingOptOutStore memory = new InMemoryMarketingOptOutStore();
        return List.of(new Stores("in-memory", memory, memory),
                new Stores(
                        "jdbc", new JdbcMarketingOptOutStore(DATABASE.dataSource(), table).createTableIfMissing(),
                        new JdbcMarketingOptOutStore(DATABASE.dataSource(), table).createTableIfMissing()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aStopHoldsUntilALaterResume(Stores stores) {
        assertThat(stores.reader().blockOf(NUMBER, USER, T0)).isEmpty();

        stores.writer().recordPreference(NUMBER, USER, true, T0);
        assertThat(stores.reader().blockOf(NUMBER, USER, T0.plus(Duration.ofDays(300))))
                .hasValueSatisfying(block -> {
                    assertThat(block.reason()).isEqualTo(MarketingBlock.Reason.OPTED_OUT);
                    assertThat(block.since()).isEqualTo(T0);
                    assertThat(block.until()).isNull();
                });
        assertThat(stores.reader().blockOf("other-number", USER, T0)).isEmpty();

        stores.writer().recordPreference(NUMBER, USER, false, T0.plusSeconds(60));
        assertThat(stores.reader().blockOf(NUMBER, USER, T0.plusSeconds(61))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void anOlderPreferenceArrivingLateChangesNothing(Stores stores) {
        stores.writer().recordPreference(NUMBER, USER, false, T0.plusSeconds(60));
        stores.writer().recordPreference(NUMBER, USER, true, T0);

        assertThat(stores.reader().blockOf(NUMBER, USER, T0.plusSeconds(61))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void theMarketingLimitHoldsUntilItsLaterEnd(Stores stores) {
        stores.writer().recordMarketingLimit(NUMBER, USER, T0, T0.plus(Duration.ofHours(24)));
        stores.writer().recordMarketingLimit(NUMBER, USER, T0.minusSeconds(10), T0.plus(Duration.ofHours(1)));

        assertThat(stores.reader().blockOf(NUMBER, USER, T0.plus(Duration.ofHours(23))))
                .hasValueSatisfying(block -> {
                    assertThat(block.reason()).isEqualTo(MarketingBlock.Reason.MARKETING_LIMIT);
                    assertThat(block.until()).isEqualTo(T0.plus(Duration.ofHours(24)));
                });
        assertThat(stores.reader().blockOf(NUMBER, USER, T0.plus(Duration.ofHours(24)))).isEmpty();

        // a limit and a preference are kept apart
        stores.writer().recordPreference(NUMBER, USER, false, T0.plusSeconds(5));
        assertThat(stores.reader().blockOf(NUMBER, USER, T0.plus(Duration.ofHours(2)))).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void metaCodesAreRecordedAsTheyMean(Stores stores) {
        assertThat(MarketingSignals.record(stores.writer(), NUMBER, USER, 131050, T0, Duration.ofHours(24))).isTrue();
        assertThat(MarketingSignals.record(stores.writer(), NUMBER, "US.1", 131049, T0, Duration.ofHours(6))).isTrue();
        assertThat(MarketingSignals.record(stores.writer(), NUMBER, "15550000000", 131026, T0, Duration.ofHours(6)))
                .isFalse();

        assertThat(stores.reader().blockOf(NUMBER, USER, T0).map(MarketingBlock::reason))
                .contains(MarketingBlock.Reason.OPTED_OUT);
        assertThat(stores.reader().blockOf(NUMBER, "US.1", T0).map(MarketingBlock::until))
                .contains(T0.plus(Duration.ofHours(6)));
        assertThat(stores.reader().blockOf(NUMBER, "15550000000", T0)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void ofTwoPreferencesInOneSecondTheLastRecordedWins(Stores stores) {
        stores.writer().recordPreference(NUMBER, USER, true, T0);
        stores.writer().recordPreference(NUMBER, USER, false, T0);

        assertThat(stores.reader().blockOf(NUMBER, USER, T0)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void tableNamesAreOnlyPlainIdentifiers() {
        assertThatThrownBy(() -> new JdbcMarketingOptOutStore(DATABASE.dataSource(), "x; DROP TABLE y"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
