package dev.camelwhatsapp.examples.springboot;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.CALLBACK_DATA;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.EVENT_TYPE;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.MESSAGE_ID;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.OPERATION;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.REPLY_TO;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.TO;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.TYPING_INDICATOR;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.USER_ID;

/**
 * The order-notification routes. Token, app secret, verify token, WABA id and base URI are component options set in
 * application.properties ({@code camel.component.whatsapp-cloud.*}), so no endpoint URI carries a secret.
 */
@Component
public class OrderRoutes extends RouteBuilder {

    static final String WHATSAPP = "whatsapp-cloud:{{whatsapp.phone-number-id}}";

    private final OrderBook orders;
    private final OrderMessages messages;

    public OrderRoutes(OrderBook orders, OrderMessages messages) {
        this.orders = orders;
        this.messages = messages;
    }

    @Override
    public void configure() {
        // the shop posts each new order as JSON; it gets 202 and the wamid of the confirmation
        from("platform-http:/orders?httpMethodRestrict=POST").routeId("order-intake")
                .unmarshal().json(Order.class)
                .to("direct:confirm-order")
                .setBody(header(MESSAGE_ID))
                // platform-http answers with the exchange's headers: the shop gets the wamid, not its request echoed
                .removeHeaders("*")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(202))
                .setHeader(Exchange.CONTENT_TYPE, constant("text/plain"));

        // first contact is always an approved template: the customer may never have written to us
        from("direct:confirm-order").routeId("order-confirmation")
                .bean(orders, "remember")
                .setHeader(TO, simple("${body.phone}"))
                .setHeader(CALLBACK_DATA, method(OrderBook.class, "callbackData"))
                .bean(messages, "confirmation")
                .to(WHATSAPP)
                .log("Order confirmation ${header.CamelWhatsAppCloudMessageId} sent for ${header.CamelWhatsAppCloudCallbackData}");

        // everything Meta tells us, one typed exchange per event; the consumer has already checked the signature
        from(WHATSAPP).routeId("whatsapp-events")
                .choice()
                .when(header(EVENT_TYPE).isEqualTo("status"))
                .bean(orders, "statusChanged")
                .log("Message ${header.CamelWhatsAppCloudMessageId} of ${header.CamelWhatsAppCloudCallbackData}: ${header.CamelWhatsAppCloudStatus}")
                .when(header(EVENT_TYPE).isEqualTo("message"))
                .to("direct:answer")
                .end();

        // a customer wrote: their 24-hour window is open, so a free-form answer is allowed. The answer goes to the
        // business-scoped user id every message carries: customers who use a username show no phone number at all
        from("direct:answer").routeId("answer-customer")
                .log("Message ${header.CamelWhatsAppCloudMessageId} (${header.CamelWhatsAppCloudMessageType}) received")
                // blue ticks and "typing…" while the answer is prepared
                .setHeader(OPERATION, constant("markAsRead"))
                .setHeader(TYPING_INDICATOR, constant(true))
                .to(WHATSAPP)
                .removeHeaders(OPERATION + "|" + TYPING_INDICATOR)
                .setHeader(TO, header(USER_ID))
                .setHeader(REPLY_TO, header(MESSAGE_ID))
                .setHeader(CALLBACK_DATA, method(orders, "callbackDataFor(${header.CamelWhatsAppCloudFrom})"))
                .bean(messages, "answer")
                .to(WHATSAPP)
                .log("Answer ${header.CamelWhatsAppCloudMessageId} sent");
    }
}
