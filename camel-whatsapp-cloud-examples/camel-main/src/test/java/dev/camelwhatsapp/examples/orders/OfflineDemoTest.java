package dev.camelwhatsapp.examples.orders;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's demo, in both DSLs: the whole story happens against the emulator, and the timeline tells it.
 */
class OfflineDemoTest {

    @ParameterizedTest
    @EnumSource(OrderNotifications.Dsl.class)
    void theWholeStoryHappensOffline(OrderNotifications.Dsl dsl) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        boolean succeeded = new OfflineDemo(new PrintStream(printed, true, StandardCharsets.UTF_8), dsl).run();

        String timeline = printed.toString(StandardCharsets.UTF_8);
        assertThat(succeeded).as(timeline).isTrue();
        assertThat(timeline)
                .contains("order 1001 Alice   template order_confirmation sent to 15551234567")
                .contains("order 1003 Carol   status failed - error 131026")
                .contains("Alice wrote: \"Where is my order?\"")
                .contains("Alice wrote: pressed button \"Track my order\"")
                .contains("Maria (username maria.lopez, no phone number, id US.13491208655302741918) wrote:"
                        + " \"Do you deliver on Sundays?\"")
                .contains("text answer sent to US.13491208655302741918\n")
                .contains("template order_confirmation sent to 15551234567 (accepted)")
                .contains("order 1004 Bob     template order_confirmation sent to 15557654321")
                .contains("template order_follow_up sent instead")
                .contains(
                        "Summary: 5 templates and 3 free-form messages sent, 7 delivered, 5 read, 1 failed; 1 free-form"
                                + " message(s) replaced by a template");
    }
}
