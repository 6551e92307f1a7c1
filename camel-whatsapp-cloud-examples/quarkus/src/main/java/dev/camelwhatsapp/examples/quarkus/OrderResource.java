package dev.camelwhatsapp.examples.quarkus;

import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;
import dev.camelwhatsapp.cloud.model.InvalidMessageException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.MESSAGE_ID;

/**
 * {@code POST /orders} with one order as JSON: the order confirmation goes out through the Camel route, and the
 * answer is the wamid Meta assigned to it.
 */
@Path("/orders")
public class OrderResource {

    @Inject
    ProducerTemplate camel;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    public Response confirm(Order order) {
        Exchange sent = camel.send("direct:confirm-order", exchange -> exchange.getMessage().setBody(order));
        Exception failure = sent.getException();
        if (failure == null) {
            return Response.accepted(sent.getMessage().getHeader(MESSAGE_ID, String.class)).build();
        }
        if (failure instanceof InvalidMessageException invalid) {
            // broke one of WhatsApp's rules, e.g. a phone number that is no E.164 number; nothing was sent.
            // The message names the field (invalid.field()) and the limit, never the value.
            return Response.status(422).entity(invalid.getMessage()).build();
        }
        if (failure instanceof WhatsAppCloudApiException meta) {
            return Response.status(Response.Status.BAD_GATEWAY).entity("WhatsApp error " + meta.getCode()).build();
        }
        return Response.status(Response.Status.BAD_GATEWAY).entity(failure.getClass().getSimpleName()).build();
    }
}
