package dev.camelwhatsapp.examples.diagnose;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without credentials the command checks an emulated account with the classic mistakes: the report names each of
 * them with its fix, and the exit code says a check failed.
 */
class DiagnoseCommandTest {

    @Test
    void reportNamesEveryProblemOfTheMisconfiguredAccountWithItsFix() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exitCode = DiagnoseCommand.run(Map.of(), new PrintStream(printed, true, StandardCharsets.UTF_8));

        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).as(report).isEqualTo(1);
        assertThat(report).contains("Webhook subscription").containsIgnoringCase("subscribed_apps")
                .contains("Templates approved").contains("pending: [order_confirmation/en_US]")
                .contains("Quality rating and limits").contains("YELLOW")
                .contains("Access token").contains("(in 2 days)").contains("System User token")
                .contains("[FAIL   ] Webhook callback URL: http://shop.example.com/whatsapp/webhook is not an https://"
                        + " URL");
    }
}
