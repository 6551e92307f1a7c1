package dev.camelwhatsapp.cloud;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.api.GraphApiClient;
import dev.camelwhatsapp.cloud.api.SendResult;
import dev.camelwhatsapp.cloud.flow.AuthenticationTemplateRule;
import dev.camelwhatsapp.cloud.flow.FlowControl;
import dev.camelwhatsapp.cloud.flow.MarketingBlock;
import dev.camelwhatsapp.cloud.flow.MarketingGate;
import dev.camelwhatsapp.cloud.flow.TemplateSend;
import dev.camelwhatsapp.cloud.flow.TransportFailures;
import dev.camelwhatsapp.cloud.health.Diagnosis;
import dev.camelwhatsapp.cloud.management.ManagementOperations;
import dev.camelwhatsapp.cloud.management.TemplateChanges;
import dev.camelwhatsapp.cloud.model.MessageRequest;
import dev.camelwhatsapp.cloud.model.Recipient;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each exchange to the Graph API without holding a thread while Meta answers. Everything that can be checked
 * locally (the operation, the message, the recipient) is checked before the request leaves, so an invalid message
 * fails the exchange at once and nothing is sent.
 */
public class WhatsAppCloudProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppCloudProducer.class);

    private final WhatsAppCloudEndpoint endpoint;
    private final String messagesPath;
    private GraphApiClient client;
    private FlowControl flow;
    private ManagementOperations management;
    private MarketingGate marketing;

    WhatsAppCloudProducer(WhatsAppCloudEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.messagesPath = endpoint.getConfiguration().getPhoneNumberId() + "/messages";
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = endpoint.graphApiClient();
        flow = endpoint.flowControl();
        management = new ManagementOperations(endpoint.getConfiguration(), client, endpoint::completionExecutor,
                TemplateChanges.of(endpoint.getCamelContext()));
        marketing = endpoint.marketingGate();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            switch (operation(exchange)) {
                case sendMessage -> send(exchange, callback);
                case markAsRead -> markAsRead(exchange, callback);
                case diagnose -> diagnose(exchange, callback);
                default -> management.process(operation(exchange), exchange, callback);
            }
            return false;
        } catch (Exception invalid) {
            exchange.setException(invalid);
            callback.done(true);
            return true;
        }
    }

    private WhatsAppCloudOperation operation(Exchange exchange) {
        WhatsAppCloudOperation operation
                = exchange.getMessage().getHeader(WhatsAppCloudConstants.OPERATION, WhatsAppCloudOperation.class);
        return operation != null ? operation : endpoint.getConfiguration().getOperation();
    }

    private void send(Exchange exchange, AsyncCallback callback) {
        // the window policy may refuse the message or swap it for the fallback template; then the limits and
        // redelivery decide when, and how often, it goes out
        MessageRequest message = flow.admit(OutboundMessageBinding.messageRequest(exchange), exchange);
        JsonNode request = message.toGraphJson();
        // with templateCheck=true a template that Meta would refuse fails here, before it spends throughput
        CompletableFuture<JsonNode> sent = management.templateCheck().verify(message).thenCompose(checked -> {
            // the category is known only now: the template check has just read it
            Optional<TemplateSend> template = templateSend(request, exchange);
            template.ifPresent(t -> AuthenticationTemplateRule.check(message, t));
            Optional<MarketingBlock> skipped = template.flatMap(t -> marketing.admit(message, t));
            if (skipped.isPresent()) {
                exchange.getMessage().setHeader(WhatsAppCloudConstants.MARKETING_SKIPPED,
                        skipped.get().reason().headerValue());
                return CompletableFuture.completedFuture(null);
            }
            return flow.send(message, () -> client.post(messagesPath, request), exchange.getExchangeId())
                    .whenComplete((answer, failure) -> {
                        if (failure != null) {
                            learnFromFailure(message, failure);
                        }
                    });
        });
        continueWhenAnswered(sent, exchange, callback, response -> {
            if (response == null) {
                return; // skipped by the marketing policy: nothing was sent
            }
            SendResult result = GraphApiClient.toSendResult(response);
            org.apache.camel.Message out = exchange.getMessage();
            out.setHeader(WhatsAppCloudConstants.MESSAGE_ID, result.messageId());
            out.setHeader(WhatsAppCloudConstants.WA_ID, result.waId());
            if (result.messageStatus() != null) {
                out.setHeader(WhatsAppCloudConstants.MESSAGE_STATUS, result.messageStatus());
            }
            if (result.userId() != null) {
                out.setHeader(WhatsAppCloudConstants.USER_ID, result.userId());
                learnUserIds(result);
            }
            out.setBody(result);
        });
    }

    /** 131050 and 131049 in a send answer hold back the user's next marketing templates. */
    private void learnFromFailure(MessageRequest message, Throwable failure) {
        try {
            marketing.learn(message.to(), TransportFailures.unwrap(failure));
        } catch (RuntimeException storeDown) {
            LOG.warn("Could not record a marketing refusal of Meta: {}", storeDown.getMessage());
        }
    }

    private Optional<TemplateSend> templateSend(JsonNode request, Exchange exchange) {
        return TemplateSend.of(request,
                exchange.getMessage().getHeader(WhatsAppCloudConstants.TEMPLATE_CATEGORY, String.class),
                management.templateCheck()::cachedCategory);
    }

    /**
     * A send answer that names both the phone number and the business-scoped user id links them, so a reply from the
     * user under either id opens the one window the next send looks at.
     */
    private void learnUserIds(SendResult result) {
        if (result.waId() == null || Recipient.isBusinessScopedUserId(result.waId())) {
            return;
        }
        try {
            endpoint.conversationWindowStore().linkUserIds(endpoint.getConfiguration().getPhoneNumberId(),
                    result.waId(), result.userId());
        } catch (RuntimeException storeDown) {
            // the message is sent: failing the exchange now would make a route send it twice
            LOG.warn("Sent {}, but could not record the link of its recipient's ids: {}", result.messageId(),
                    storeDown.getMessage());
        }
    }

    private void markAsRead(Exchange exchange, AsyncCallback callback) {
        var receipt = OutboundMessageBinding.readReceipt(exchange);
        // the body stays as it was: a route usually marks a received message read and goes on processing it
        continueWhenAnswered(client.post(messagesPath, receipt.toGraphJson()), exchange, callback,
                response -> exchange.getMessage().setHeader(WhatsAppCloudConstants.MESSAGE_ID, receipt.messageId()));
    }

    private void diagnose(Exchange exchange, AsyncCallback callback) {
        String recipient = exchange.getMessage().getHeader(WhatsAppCloudConstants.TO, String.class);
        Diagnosis diagnosis = new Diagnosis(endpoint.getConfiguration(), client, endpoint.clock());
        continueWhenAnswered(diagnosis.run(recipient), exchange, callback, report -> {
            exchange.getMessage().setHeader(WhatsAppCloudConstants.DIAGNOSIS_STATUS, report.status().name());
            exchange.getMessage().setBody(report);
        });
    }

    /**
     * Completes the exchange once Meta has answered. Like Camel's other asynchronous HTTP producers, the route goes on
     * on the HTTP client's I/O thread: a hand-over to another pool would cost a thread switch per message, and most
     * routes do little after a send. A route that does slow, blocking work afterwards adds {@code .threads()} after
     * the send.
     */
    private static <T> void continueWhenAnswered(
            CompletableFuture<T> call, Exchange exchange, AsyncCallback callback, Consumer<T> onSuccess) {
        call.whenComplete((response, failure) -> {
            try {
                if (failure != null) {
                    exchange.setException(failure instanceof CompletionException ? failure.getCause() : failure);
                } else {
                    onSuccess.accept(response);
                }
            } catch (Exception e) {
                exchange.setException(e);
            } finally {
                callback.done(false);
            }
        });
    }
}
