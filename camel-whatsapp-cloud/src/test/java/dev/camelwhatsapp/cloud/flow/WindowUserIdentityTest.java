package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.camelwhatsapp.cloud.test.H2Database;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One window per user whichever id the user is known by: both stores learn which phone number and business-scoped
 * user id are one user, and a window opened under one id is open for the other. The JDBC store is checked as two
 * replicas would use it, one learning the link and the other reading it.
 */
class WindowUserIdentityTest {

    static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");
    static final String NUMBER = "106540352242922";
    static final String PHONE = "15551234567";
    static final String BSUID = "US.13491208655302741918";

    @RegisterExtension
    static final H2Database DATABASE = new H2Database();

    record Stores(String name, ConversationWindowStore learner, ConversationWindowStore reader) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Stores> stores() {
        InMemoryConversationWindowStore memory = new InMemoryConversationWindowStore();
        String schema = H2Database.uniqueName("");
        JdbcConversationWindowStore first = new JdbcConversationWindowStore(
                DATABASE.dataSource(), "win_" + schema,
                "link_" + schema).createTableIfMissing();
        JdbcConversationWindowStore second = new JdbcConversationWindowStore(
                DATABASE.dataSource(), "win_" + schema,
                "link_" + schema).createTableIfMissing();
        return List.of(new Stores("in-memory", memory, memory), new Stores("jdbc", first, second));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aWindowOpenedUnderTheBsuidIsOpenForThePhoneNumberOnceLinked(Stores stores) {
        stores.learner().recordInbound(NUMBER, BSUID, T0);
        assertThat(stores.reader().isOpen(NUMBER, PHONE, T0.plusSeconds(60))).as("not linked yet").isFalse();

        stores.learner().linkUserIds(NUMBER, PHONE, BSUID);

        assertThat(stores.reader().linkedUserId(NUMBER, PHONE)).contains(BSUID);
        assertThat(stores.reader().linkedUserId(NUMBER, BSUID)).contains(PHONE);
        assertThat(stores.reader().isOpen(NUMBER, PHONE, T0.plusSeconds(60))).isTrue();
        assertThat(stores.reader().isOpen(NUMBER, PHONE, T0.plus(Duration.ofHours(24)).plusSeconds(1))).isFalse();
        assertThat(stores.reader().isOpen("other-number", PHONE, T0.plusSeconds(60))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void theLatestMessageUnderEitherIdDecides(Stores stores) {
        stores.learner().linkUserIds(NUMBER, PHONE, BSUID);
        stores.learner().recordInbound(NUMBER, PHONE, T0);
        stores.learner().recordInbound(NUMBER, BSUID, T0.plus(Duration.ofHours(20)));

        assertThat(stores.reader().lastInboundOfUser(NUMBER, PHONE)).contains(T0.plus(Duration.ofHours(20)));
        assertThat(stores.reader().lastInboundOfUser(NUMBER, BSUID)).contains(T0.plus(Duration.ofHours(20)));
        assertThat(stores.reader().isOpen(NUMBER, PHONE, T0.plus(Duration.ofHours(30)))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aNewNumberGetsANewBsuidAndTheOldLinkGoes(Stores stores) {
        String newBsuid = "US.99999999999999999999";
        stores.learner().linkUserIds(NUMBER, PHONE, BSUID);
        stores.learner().linkUserIds(NUMBER, PHONE, newBsuid);

        assertThat(stores.reader().linkedUserId(NUMBER, PHONE)).contains(newBsuid);
        assertThat(stores.reader().linkedUserId(NUMBER, newBsuid)).contains(PHONE);
        assertThat(stores.reader().linkedUserId(NUMBER, BSUID)).isEmpty();
    }
}
