package dev.camelwhatsapp.examples.quarkus;

import java.util.List;

import dev.camelwhatsapp.cloud.model.TemplateMessage;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.CALLBACK_DATA;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.FROM;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.MESSAGE_ID;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.REPLY_TO;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.TO;

/**
 * Confirms an order with the approved {@value #CONFIRMATION_TEMPLATE} template. Camel Quarkus finds this route
 * builder on its own; the access token and the base URI are component options in application.properties, so the
 * endpoint URI carries no secret.
 */
public class OrderRoutes extends RouteBuilder {

    /** "Hi {{1}}, your order {{2}} is confirmed…": a template, because the customer may never have written to us. */
    public static final String CONFIRMATION_TEMPLATE = "order_confirmation";
    public static final String LANGUAGE = "en_US";
    /** The answer to a customer's message. */
    public static final String ANSWER = "Thanks, we got your message and answer within the hour.";

    @Override
    public void configure() {
        from("direct:confirm-order").routeId("order-confirmation")
                .process(exchange -> {
                    Message message = exchange.getMessage();
                    Order order = message.getBody(Order.class);
                    message.setHeader(TO, order.phone());
                    message.setHeader(CALLBACK_DATA, "order-" + order.orderId());
                    message.setBody(TemplateMessage.withBodyParameters(CONFIRMATION_TEMPLATE, LANGUAGE,
                            List.of(order.customer(), order.orderId())));
                })
                .to("whatsapp-cloud:{{whatsapp.phone-number-id}}")
                .log("order confirmation sent: ${header.CamelWhatsAppCloudMessageId}");

        // the webhook, served on Quarkus's HTTP port by camel-quarkus-platform-http: a customer's message opens
        // the 24-hour window, so a free-form answer is allowed
        from("whatsapp-cloud:{{whatsapp.phone-number-id}}?events=message").routeId("customer-messages")
                .log("message ${header.CamelWhatsAppCloudMessageId} from ${header.CamelWhatsAppCloudContactName}")
                .setHeader(TO, header(FROM))
                .setHeader(REPLY_TO, header(MESSAGE_ID))
                .setBody(constant(ANSWER))
                .to("whatsapp-cloud:{{whatsapp.phone-number-id}}");
    }
}
