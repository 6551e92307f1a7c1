package dev.camelwhatsapp.examples.orders;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.CALLBACK_DATA;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.EVENT_TYPE;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.FALLBACK_PARAMETERS;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.MESSAGE_ID;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.OPERATION;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.REPLY_TO;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.TO;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.TYPING_INDICATOR;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.USER_ID;
import static dev.camelwhatsapp.examples.orders.Timeline.NOTIFICATION;

/**
 * The order-notification integration in the Java DSL (src/main/resources/routes/orders.camel.yaml is the same in the
 * YAML DSL). Credentials, base URI and WABA id are component options, so the endpoint URIs carry no secrets.
 */
public class OrderRoutes extends RouteBuilder {

    static final String WHATSAPP = "whatsapp-cloud:{{whatsapp.phone-number-id}}";

    @Override
    public void configure() {
        // ERP events, as a file of JSON lines ...
        from("file:{{orders.dir}}?noop=true&include=.*\\.jsonl").routeId("erp-order-file")
                .split(body().tokenize("\n")).streaming()
                .filter(body().regex("\\s*\\{.*"))
                .unmarshal().json(Order.class)
                .to("direct:confirm-order");

        // ... and over HTTP: POST /orders with one order as JSON
        from("platform-http:/orders?httpMethodRestrict=POST").routeId("erp-order-http")
                .unmarshal().json(Order.class)
                .to("direct:confirm-order")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(202))
                .setHeader(Exchange.CONTENT_TYPE, constant("text/plain"))
                .setBody(header(MESSAGE_ID));

        // first contact is always an approved template
        from("direct:confirm-order").routeId("order-confirmation")
                .bean("orderBook", "remember")
                .setHeader(TO, simple("${body.phone}"))
                .setHeader(CALLBACK_DATA, method(OrderBook.class, "callbackData"))
                .setHeader(NOTIFICATION, constant("template " + OrderMessages.CONFIRMATION_TEMPLATE))
                .bean("orderMessages", "confirmation")
                .to(WHATSAPP)
                .bean("timeline", "sent");

        // everything Meta tells us: customers' messages and delivery statuses, one typed exchange each
        from("whatsapp-cloud:{{whatsapp.phone-number-id}}").routeId("whatsapp-events")
                .choice()
                .when(header(EVENT_TYPE).isEqualTo("status"))
                .bean("timeline", "status")
                .when(header(EVENT_TYPE).isEqualTo("message"))
                .bean("timeline", "received")
                .to("direct:answer")
                .end();

        // a customer wrote: their 24-hour window is open, so a free-form answer is allowed. The answer goes to the
        // business-scoped user id every message carries: customers who use a username show no phone number at all
        from("direct:answer").routeId("answer-customer")
                .setHeader(OPERATION, constant("markAsRead"))
                .setHeader(TYPING_INDICATOR, constant(true))
                .to(WHATSAPP)
                .removeHeaders("CamelWhatsAppCloudOperation|CamelWhatsAppCloudTypingIndicator")
                .setHeader(TO, header(USER_ID))
                .setHeader(REPLY_TO, header(MESSAGE_ID))
                .setHeader(CALLBACK_DATA, method("orderBook", "callbackDataFor(${header.CamelWhatsAppCloudFrom})"))
                .setHeader(NOTIFICATION, constant("text answer"))
                .bean("orderMessages", "answer")
                .to(WHATSAPP)
                .bean("timeline", "sent");

        // a later follow-up: free-form if the window is still open, else the approved follow-up template
        from("direct:follow-up").routeId("order-follow-up")
                .setHeader(TO, simple("${body.phone}"))
                .setHeader(CALLBACK_DATA, method(OrderBook.class, "callbackData"))
                .setHeader(FALLBACK_PARAMETERS, method("orderMessages", "followUpParameters"))
                .setHeader(NOTIFICATION, constant("text follow-up"))
                .bean("orderMessages", "followUp")
                .to(WHATSAPP + "?windowPolicy=template&fallbackTemplate=" + OrderMessages.FOLLOW_UP_TEMPLATE
                        + "&fallbackTemplateLanguage=" + OrderMessages.LANGUAGE)
                .bean("timeline", "sent");
    }
}
