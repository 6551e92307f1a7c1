package dev.camelwhatsapp.cloud;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.api.GraphApiClient;
import dev.camelwhatsapp.cloud.api.SendResult;
import dev.camelwhatsapp.cloud.flow.FlowControl;
import dev.camelwhatsapp.cloud.flow.MarketingBlock;
import dev.camelwhatsapp.cloud.flow.internal.AuthenticationTemplateRule;
import dev.camelwhatsapp.cloud.flow.internal.MarketingGate;
import dev.camelwhatsapp.cloud.flow.internal.TemplateSend;
import dev.camelwhatsapp.cloud.flow.internal.TransportFailures;
import dev.camelwhatsapp.cloud.health.Diagnosis;
import dev.camelwhatsapp.cloud.management.ManagementOperations;
import dev.camelwhatsapp.cloud.management.TemplateChanges;
import dev.camelwhatsapp.cloud.model.MessageRequest;
import dev.camelwhatsapp.cloud.model.Recipient;
import dev.camelwhatsapp.cloud.runtime.RouteContinuation;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.support.PluginHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each exchange to the Graph API without holding a thread while Meta answers. Everything that can be checked
 * locally (the operation, the message, the recipient) is checked before the request leaves, so an invalid message
 * fails the exchange at once and nothing is sent. Once Meta has answered, the route goes on on the endpoint's worker
 * pool, never on the HTTP client's I/O threads (see {@link RouteContinuation}).
 */
public class WhatsAppCloudProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppCloudProducer.class);

    private final WhatsAppCloudEndpoint endpoint;
    private final String messagesPath;
    private GraphApiClient client;
    private FlowControl flow;
    private ManagementOperations management;
    private MarketingGate marketing;
    private RouteContinuation workerPoolContinuation;

    WhatsAppCloudProducer(WhatsAppCloudEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.messagesPath = endpoint.getConfiguration().getPhoneNumberId() + "/messages";
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // the endpoint's services, created at its start; it fails clearly when the endpoint cannot send
        client = endpoint.graphApiClient();
        flow = endpoint.flowControl();
        management = new ManagementOperations(
                endpoint.getConfiguration(), client,
                TemplateChanges.of(endpoint.getCamelContext()), endpoint.clock());
        marketing = endpoint.marketingGate();
        workerPoolContinuation = new RouteContinuation(endpoint::workerPool);
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        if (endpoint.getConfiguration().isSynchronous()) {
            // synchronous=true: this thread waits for the answer, and the route goes on on it
            try {
                process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            callback.done(true);
            return true;
        }
        return process(exchange, callback, workerPoolContinuation);
    }

    /**
     * Camel's synchronous API (a transacted route, a caller of {@code Producer.process(Exchange)}): the calling thread
     * blocks until the callback, which then only wakes it, and completes the exchange itself: no hop to the worker
     * pool, and nothing (a store call included) on the I/O thread.
     */
    @Override
    public void process(Exchange exchange) throws Exception {
        RouteContinuation continuation = RouteContinuation.forWaitingCaller(endpoint::workerPool);
        PluginHelper.getAsyncProcessorAwaitManager(getEndpoint().getCamelContext())
                .process(new SynchronousCaller(continuation), exchange);
        continuation.completeOnCaller();
    }

    private boolean process(Exchange exchange, AsyncCallback callback, RouteContinuation continuation) {
        try {
            return switch (operation(exchange)) {
                case sendMessage -> send(exchange, callback, continuation);
                case markAsRead -> markAsRead(exchange, callback, continuation);
                case diagnose -> diagnose(exchange, callback, continuation);
                default -> management.process(operation(exchange), exchange, callback, continuation);
            };
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

    private boolean send(Exchange exchange, AsyncCallback callback, RouteContinuation continuation) {
        // the window policy may refuse the message or swap it for the fallback template; then the limits and
        // redelivery decide when, and how often, it goes out
        MessageRequest message = flow.admit(OutboundMessageBinding.messageRequest(exchange), exchange);
        JsonNode request = message.postedJson(); // built and validated once, with the request
        // with templateCheck=true a template that Meta would refuse fails here, before it spends throughput
        CompletableFuture<Void> check = management.templateCheck().verify(message);
        AtomicBoolean handedToFlow = new AtomicBoolean();
        Function<Void, CompletableFuture<JsonNode>> afterCheck = checked -> {
            // the category is known only now: the template check has just read it
            Optional<TemplateSend> template = templateSend(message, exchange);
            template.ifPresent(t -> AuthenticationTemplateRule.check(message, t));
            Optional<MarketingBlock> skipped = template.flatMap(t -> marketing.admit(message, t));
            if (skipped.isPresent()) {
                exchange.getMessage().setHeader(WhatsAppCloudConstants.MARKETING_SKIPPED,
                        skipped.get().reason().headerValue());
                return CompletableFuture.completedFuture(null);
            }
            handedToFlow.set(true);
            return flow.send(message, () -> client.post(messagesPath, request), exchange.getExchangeId());
        };
        // the opt-out lookup and the rate limiter may ask a database: when the check had to ask Meta, they go on on
        // the worker pool, not on the I/O thread that read Meta's answer; a check answered from its cache needs no hop
        CompletableFuture<JsonNode> sent = check.isDone()
                ? check.thenCompose(afterCheck)
                : check.thenComposeAsync(afterCheck, workerPoolContinuation.offIoThreads());
        return continuation.whenAnswered(sent, exchange, callback, response -> {
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
        }, failure -> {
            // only Meta's answer to the send itself says something about the user's marketing messages
            if (handedToFlow.get()) {
                learnFromFailure(message, failure);
            }
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

    private Optional<TemplateSend> templateSend(MessageRequest request, Exchange exchange) {
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

    private boolean markAsRead(Exchange exchange, AsyncCallback callback, RouteContinuation continuation) {
        var receipt = OutboundMessageBinding.readReceipt(exchange);
        // the body stays as it was: a route usually marks a received message read and goes on processing it
        return continuation.whenAnswered(client.post(messagesPath, receipt.toGraphJson()), exchange, callback,
                response -> exchange.getMessage().setHeader(WhatsAppCloudConstants.MESSAGE_ID, receipt.messageId()));
    }

    private boolean diagnose(Exchange exchange, AsyncCallback callback, RouteContinuation continuation) {
        String recipient = exchange.getMessage().getHeader(WhatsAppCloudConstants.TO, String.class);
        Diagnosis diagnosis = new Diagnosis(endpoint.getConfiguration(), client, endpoint.clock());
        return continuation.whenAnswered(diagnosis.run(recipient), exchange, callback, report -> {
            exchange.getMessage().setHeader(WhatsAppCloudConstants.DIAGNOSIS_STATUS, report.status().name());
            exchange.getMessage().setBody(report);
        });
    }

    /** The producer as seen by Camel's synchronous API: the same work, completed without a hop. */
    private final class SynchronousCaller extends AsyncProcessorSupport {

        private final RouteContinuation continuation;

        SynchronousCaller(RouteContinuation continuation) {
            this.continuation = continuation;
        }

        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            return WhatsAppCloudProducer.this.process(exchange, callback, continuation);
        }
    }
}
