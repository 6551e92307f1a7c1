package dev.camelwhatsapp.cloud;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.api.GraphApiClient;
import dev.camelwhatsapp.cloud.api.SendResult;
import dev.camelwhatsapp.cloud.flow.FlowControl;
import dev.camelwhatsapp.cloud.health.Diagnosis;
import dev.camelwhatsapp.cloud.management.ManagementOperations;
import dev.camelwhatsapp.cloud.management.TemplateChanges;
import dev.camelwhatsapp.cloud.model.MessageRequest;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Sends each exchange to the Graph API without holding a thread while Meta answers. Everything that can be checked
 * locally (the operation, the message, the recipient) is checked before the request leaves, so an invalid message
 * fails the exchange at once and nothing is sent.
 */
public class WhatsAppCloudProducer extends DefaultAsyncProducer {

    private final WhatsAppCloudEndpoint endpoint;
    private final String messagesPath;
    private GraphApiClient client;
    private FlowControl flow;
    private ManagementOperations management;

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
        CompletableFuture<JsonNode> sent = management.templateCheck().verify(message).thenCompose(
                checked -> flow.send(message, () -> client.post(messagesPath, request), exchange.getExchangeId()));
        continueWhenAnswered(sent, exchange, callback, response -> {
            SendResult result = GraphApiClient.toSendResult(response);
            org.apache.camel.Message out = exchange.getMessage();
            out.setHeader(WhatsAppCloudConstants.MESSAGE_ID, result.messageId());
            out.setHeader(WhatsAppCloudConstants.WA_ID, result.waId());
            if (result.messageStatus() != null) {
                out.setHeader(WhatsAppCloudConstants.MESSAGE_STATUS, result.messageStatus());
            }
            out.setBody(result);
        });
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
