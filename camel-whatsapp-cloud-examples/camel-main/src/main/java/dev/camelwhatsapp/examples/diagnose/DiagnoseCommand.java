package dev.camelwhatsapp.examples.diagnose;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

import dev.camelwhatsapp.cloud.WhatsAppCloudConfiguration;
import dev.camelwhatsapp.cloud.health.CheckStatus;
import dev.camelwhatsapp.cloud.health.Diagnosis;
import dev.camelwhatsapp.cloud.health.DiagnosisReport;
import dev.camelwhatsapp.emulator.QualityRating;
import dev.camelwhatsapp.emulator.TemplateStatus;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;

/**
 * Runs the WhatsApp setup checklist (token, scopes, number, registration, templates, webhook subscription, quality)
 * and prints a readable report with a fix for every problem.
 *
 * <p>
 * With WHATSAPP_ACCESS_TOKEN, WHATSAPP_PHONE_NUMBER_ID and WHATSAPP_WABA_ID set it checks that account, and with
 * WHATSAPP_WEBHOOK_URL also the callback URL registered with Meta. Without them
 * it checks an emulated account set up with the classic mistakes, to show what the report looks like. Run:
 * {@code mvn -q -B -Pdiagnose -pl camel-whatsapp-cloud-examples/camel-main -am verify -DskipTests}.
 *
 * <p>
 * Exit code: 0 when nothing failed, 1 when a check failed, 2 when the checks could not run.
 */
public final class DiagnoseCommand {

    private DiagnoseCommand() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(System.getenv(), System.out));
        } catch (Exception e) {
            System.err.println("The checks could not run: " + e);
            System.exit(2);
        }
    }

    static int run(Map<String, String> environment, PrintStream out) throws Exception {
        String token = environment.get("WHATSAPP_ACCESS_TOKEN");
        if (token != null && !token.isBlank()) {
            WhatsAppCloudConfiguration account = new WhatsAppCloudConfiguration();
            account.setAccessToken(token);
            account.setPhoneNumberId(environment.get("WHATSAPP_PHONE_NUMBER_ID"));
            account.setWabaId(environment.get("WHATSAPP_WABA_ID"));
            account.setBaseUri(environment.getOrDefault("WHATSAPP_BASE_URI",
                    WhatsAppCloudConfiguration.DEFAULT_BASE_URI));
            return print(withWebhookUrl(Diagnosis.diagnose(account), environment.get("WHATSAPP_WEBHOOK_URL")), out);
        }
        try (WhatsAppCloudEmulator emulator = misconfiguredAccount()) {
            out.println("No WHATSAPP_ACCESS_TOKEN set: checking an emulated account with typical mistakes"
                    + " (WABA not subscribed to the app, a template still pending, quality rating YELLOW,"
                    + " token expiring in 2 days, a callback URL without HTTPS).");
            out.println();
            WhatsAppCloudConfiguration account = new WhatsAppCloudConfiguration();
            account.setAccessToken(DEFAULT_ACCESS_TOKEN);
            account.setPhoneNumberId(DEFAULT_PHONE_NUMBER_ID);
            account.setWabaId(DEFAULT_WABA_ID);
            account.setBaseUri(emulator.baseUri().toString());
            return print(Diagnosis.withWebhookUrl(Diagnosis.diagnose(account),
                    "http://shop.example.com/whatsapp/webhook"),
                    out);
        }
    }

    static WhatsAppCloudEmulator misconfiguredAccount() {
        WhatsAppCloudEmulator emulator = WhatsAppCloudEmulator.builder().subscribed(false).build();
        emulator.start();
        emulator.setTemplateStatus(WhatsAppCloudEmulator.ORDER_CONFIRMATION_TEMPLATE,
                WhatsAppCloudEmulator.DEFAULT_TEMPLATE_LANGUAGE, TemplateStatus.PENDING);
        emulator.setQualityRating(DEFAULT_PHONE_NUMBER_ID, QualityRating.YELLOW);
        emulator.setTokenExpiresAt(emulator.now().plus(Duration.ofDays(2)));
        return emulator;
    }

    private static DiagnosisReport withWebhookUrl(DiagnosisReport report, String callbackUrl) {
        return callbackUrl == null || callbackUrl.isBlank() ? report : Diagnosis.withWebhookUrl(report, callbackUrl);
    }

    private static int print(DiagnosisReport report, PrintStream out) {
        out.println(report.toText());
        return report.status() == CheckStatus.FAIL ? 1 : 0;
    }
}
