package dev.camelwhatsapp.examples.booking;

import dev.camelwhatsapp.cloud.flows.FlowCategory;
import dev.camelwhatsapp.cloud.flows.FlowCreated;
import dev.camelwhatsapp.cloud.flows.FlowDefinition;
import dev.camelwhatsapp.cloud.flows.endpoint.InvalidFlowTokenException;
import org.apache.camel.builder.RouteBuilder;

import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.FLOW_ID;

/**
 * The appointment-booking Flow: its data endpoint, and the routes that register the endpoint's public key and
 * create and publish the Flow. The private key, app secret and token are component options (application
 * properties), so no endpoint URI carries a secret.
 */
public class AppointmentBookingRoutes extends RouteBuilder {

    static final String WHATSAPP = "whatsapp-cloud:{{whatsapp.phone-number-id}}";

    @Override
    public void configure() {
        // an expected answer (HTTP 427, the user sees the message), not an error worth a stack trace in the log
        onException(InvalidFlowTokenException.class).logExhausted(false);

        // WhatsApp calls this for every screen of the Flow; the component decrypts, the bean answers, the component
        // encrypts the answer back
        from(WHATSAPP + "?flowEndpointPath=/whatsapp/flows").routeId("appointment-flow-endpoint")
                .bean("appointmentBooking", "answer");

        // once per phone number: the public half of flowPrivateKey (PEM body)
        from("direct:register-flows-key").routeId("register-flows-key")
                .to(WHATSAPP + "?operation=setBusinessEncryptionKey");

        // create the Flow from its JSON, stop on validation errors, publish
        from("direct:publish-appointment-flow").routeId("publish-appointment-flow")
                .process(exchange -> exchange.getMessage().setBody(FlowDefinition.named("appointment_booking")
                        .category(FlowCategory.APPOINTMENT_BOOKING)
                        .flowJson(exchange.getMessage().getBody(String.class))
                        .endpointUri(exchange.getContext().resolvePropertyPlaceholders(
                                "{{whatsapp.flows.endpoint-uri}}"))
                        .build()))
                .to(WHATSAPP + "?operation=createFlow")
                .process(exchange -> {
                    FlowCreated created = exchange.getMessage().getBody(FlowCreated.class);
                    if (!created.validationErrors().isEmpty()) {
                        throw new IllegalStateException("The Flow JSON has errors: " + created.validationErrors());
                    }
                })
                .setBody(header(FLOW_ID))
                .to(WHATSAPP + "?operation=publishFlow")
                .setBody(header(FLOW_ID))
                .log("Published the appointment-booking Flow ${body}");
    }
}
