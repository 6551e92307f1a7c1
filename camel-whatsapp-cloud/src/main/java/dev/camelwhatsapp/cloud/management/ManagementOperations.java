package dev.camelwhatsapp.cloud.management;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import dev.camelwhatsapp.cloud.WhatsAppCloudConfiguration;
import dev.camelwhatsapp.cloud.WhatsAppCloudOperation;
import dev.camelwhatsapp.cloud.api.GraphApiClient;
import dev.camelwhatsapp.cloud.flows.FlowOperations;
import dev.camelwhatsapp.cloud.runtime.RouteContinuation;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/**
 * Runs the producer's management operations (media, templates, phone numbers, account, diagnosis) for one producer.
 * Like sending, no thread waits for Meta: each operation is a chain of Graph API calls, and the exchange continues on
 * the endpoint's worker pool once the last one answered.
 *
 * <p>
 * Input that can be checked locally (a missing wabaId, an oversized file, a template with lint errors) is refused by
 * throwing from {@link #process}, before anything is sent.
 */
public final class ManagementOperations {

    private final MediaOperations media;
    private final TemplateOperations templates;
    private final AccountOperations account;
    private final NumberSettingsOperations numberSettings;
    private final TemplateCheck templateCheck;
    private final FlowOperations flows;

    /**
     * @param configuration      the endpoint's options
     * @param client             the endpoint's Graph API client
     * @param templateChanges    what template webhooks said, applied by the template check
     * @param clock              the endpoint's clock, which the template check's cache expiry is measured with
     */
    public ManagementOperations(WhatsAppCloudConfiguration configuration, GraphApiClient client,
                                TemplateChanges templateChanges, Clock clock) {
        this.media = new MediaOperations(configuration, client);
        this.templates = new TemplateOperations(configuration, client);
        this.account = new AccountOperations(configuration, client);
        this.templateCheck = new TemplateCheck(configuration, client, clock, templateChanges);
        this.flows = new FlowOperations(configuration, client);
        this.numberSettings = new NumberSettingsOperations(configuration, client);
    }

    /** @return the pre-send template check of this producer (a no-op unless {@code templateCheck=true}) */
    public TemplateCheck templateCheck() {
        return templateCheck;
    }

    /**
     * Starts a management operation; the callback is called once it completed, successfully or not.
     *
     * @param  continuation             where the route goes on once the last call answered
     * @return                          whether the exchange was completed on the calling thread
     *
     * @throws IllegalArgumentException when the operation is not a management operation or its input is invalid;
     *                                  nothing was sent and the callback was not called
     */
    public boolean process(WhatsAppCloudOperation operation, Exchange exchange, AsyncCallback callback,
                           RouteContinuation continuation) {
        return continuation.whenAnswered(start(operation, exchange), exchange, callback, apply -> apply.accept(
                exchange));
    }

    private CompletableFuture<Consumer<Exchange>> start(WhatsAppCloudOperation operation, Exchange exchange) {
        org.apache.camel.Message in = exchange.getMessage();
        return switch (operation) {
            case uploadMedia -> media.upload(exchange);
            case getMedia -> media.describe(in);
            case downloadMedia -> media.download(in);
            case deleteMedia -> media.delete(in);
            case listTemplates -> templates.list(in);
            case getTemplate -> templates.get(in);
            case createTemplate -> templates.create(in);
            case deleteTemplate -> templates.delete(in);
            case lintTemplate -> templates.lint(in);
            case getPhoneNumber -> account.phoneNumber();
            case listPhoneNumbers -> account.phoneNumbers();
            case registerPhoneNumber -> account.register(in);
            case setTwoStepPin -> account.setTwoStepPin(in);
            case getSubscribedApps -> account.subscribedApps();
            case subscribeApp -> account.subscribeApp();
            case debugToken -> account.debugToken();
            case createFlow -> flows.create(in);
            case updateFlowMetadata -> flows.updateMetadata(in);
            case updateFlowJson -> flows.updateFlowJson(in);
            case listFlows -> flows.list();
            case getFlow -> flows.get(in);
            case getFlowPreview -> flows.preview(in);
            case publishFlow -> flows.publish(in);
            case deprecateFlow -> flows.deprecate(in);
            case deleteFlow -> flows.delete(in);
            case setBusinessEncryptionKey -> flows.setEncryptionKey(in);
            case getBusinessEncryptionKey -> flows.getEncryptionKey();
            case getBusinessProfile -> numberSettings.getBusinessProfile();
            case updateBusinessProfile -> numberSettings.updateBusinessProfile(in);
            case blockUsers -> numberSettings.blockUsers(in);
            case unblockUsers -> numberSettings.unblockUsers(in);
            case listBlockedUsers -> numberSettings.listBlockedUsers();
            case createQrCode -> numberSettings.createQrCode(in);
            case listQrCodes -> numberSettings.listQrCodes();
            case deleteQrCode -> numberSettings.deleteQrCode(in);
            case setConversationalAutomation -> numberSettings.setConversationalAutomation(in);
            default -> throw new IllegalArgumentException("Operation " + operation + " is not a management operation");
        };
    }

    /** @return the wabaId, or an explanation of why the operation needs it */
    static String requireWabaId(WhatsAppCloudConfiguration configuration, String operation) {
        String wabaId = configuration.getWabaId();
        if (wabaId == null || wabaId.isBlank()) {
            throw new IllegalArgumentException(
                    operation + " needs the wabaId option: the WhatsApp Business Account id"
                            + " shown in WhatsApp Manager (not the phone number id)");
        }
        return wabaId;
    }
}
