package dev.camelwhatsapp.cloud.model.inbound;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.api.ErrorCategory;

/**
 * A message a WhatsApp user sent to the business ({@code value.messages[]} of the {@code messages} field).
 * <p>
 * The content is {@link #part()}; the typed accessors ({@link #text()}, {@link #image()}, {@link #interactive()},
 * ...) return it when the message is of that type and {@code null} otherwise, which reads well in routes:
 *
 * <pre>
 * choice()
 *     .when(simple("${body.type} == 'text'")).log("${body.contact?.profileName} wrote ${body.text.body}")
 *     .when(simple("${body.interactive?.buttonReply?.id} == 'confirm'")).to("direct:confirm")
 * </pre>
 *
 * In Java, {@code message.partAs(TextPart.class).map(TextPart::body)} gives an {@code Optional}.
 *
 * @param webhookContext the envelope data this message was delivered with
 * @param json           the message object as received
 * @param id             the message id (wamid); unique, the key to deduplicate on
 * @param from           the sender's WhatsApp id (phone number digits); {@code null} when Meta withholds it for a
 *                       user with a username, then use {@code fromUserId}
 * @param fromUserId     the sender's business-scoped user id ({@code from_user_id}), or {@code null}
 * @param timestamp      when the user sent the message, or {@code null} if absent or unreadable
 * @param type           the message type as sent ({@code text}, {@code image}, {@code interactive}, ...)
 * @param contact        the sender's profile from {@code value.contacts}, or {@code null} (system messages have
 *                       none)
 * @param context        what the message replies to or was forwarded from, or {@code null}
 * @param referral       the ad the user came from, or {@code null}
 * @param errors         errors Meta attached to the message (unsupported types); never {@code null}
 * @param part           the type-specific content; never {@code null}
 */
public record InboundMessage(WebhookContext webhookContext, JsonNode json, String id, String from, String fromUserId,
        Instant timestamp, String type, Contact contact, MessageContext context, Referral referral,
        List<WebhookErrorDetail> errors, MessagePart part) implements WebhookEvent {

    /**
     * Creates the record; the list is copied so the caller cannot change it afterwards.
     *
     * @param webhookContext the envelope data this message was delivered with
     * @param json           the message object as received
     * @param id             the message id (wamid); unique, the key to deduplicate on
     * @param from           the sender's WhatsApp id (phone number digits); {@code null} when Meta withholds it for a
     *                       user with a username, then use {@code fromUserId}
     * @param fromUserId     the sender's business-scoped user id ({@code from_user_id}), or {@code null}
     * @param timestamp      when the user sent the message, or {@code null} if absent or unreadable
     * @param type           the message type as sent ({@code text}, {@code image}, {@code interactive}, ...)
     * @param contact        the sender's profile from {@code value.contacts}, or {@code null} (system messages have
     *                       none)
     * @param context        what the message replies to or was forwarded from, or {@code null}
     * @param referral       the ad the user came from, or {@code null}
     * @param errors         errors Meta attached to the message (unsupported types); never {@code null}
     * @param part           the type-specific content; never {@code null}
     */
    public InboundMessage {
        errors = List.copyOf(errors);
    }

    /**
     * What the first error Meta attached to the message means, by the same rule as a failed call's
     * {@link dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException#getCategory()} and a failed status's
     * {@link MessageStatus#errorCategory()}.
     *
     * @return the category of the first error, or {@code null} when the message carries no error
     */
    public ErrorCategory errorCategory() {
        return errors.isEmpty() ? null : errors.get(0).category();
    }

    /**
     * @param  partType the content type wanted, for example {@code TextPart.class}
     * @param  <T>      the content type
     * @return          the content if it is of that type
     */
    public <T extends MessagePart> Optional<T> partAs(Class<T> partType) {
        return partType.isInstance(part) ? Optional.of(partType.cast(part)) : Optional.empty();
    }

    /**
     * @return the text of a {@code text} message, or {@code null}
     */
    public TextPart text() {
        return partAs(TextPart.class).orElse(null);
    }

    /**
     * @return the media of an image, audio, video, document or sticker message, or {@code null}
     */
    public MediaPart media() {
        return partAs(MediaPart.class).orElse(null);
    }

    /**
     * @return the media of an {@code image} message, or {@code null}
     */
    public MediaPart image() {
        return media("image");
    }

    /**
     * @return the media of an {@code audio} message (see {@link MediaPart#voice()}), or {@code null}
     */
    public MediaPart audio() {
        return media("audio");
    }

    /**
     * @return the media of a {@code video} message, or {@code null}
     */
    public MediaPart video() {
        return media("video");
    }

    /**
     * @return the media of a {@code document} message, or {@code null}
     */
    public MediaPart document() {
        return media("document");
    }

    /**
     * @return the media of a {@code sticker} message, or {@code null}
     */
    public MediaPart sticker() {
        return media("sticker");
    }

    /**
     * @return the shared location of a {@code location} message, or {@code null}
     */
    public LocationPart location() {
        return partAs(LocationPart.class).orElse(null);
    }

    /**
     * @return the shared contact cards of a {@code contacts} message, or {@code null}; the sender is
     *         {@link #contact()}
     */
    public ContactsPart contacts() {
        return partAs(ContactsPart.class).orElse(null);
    }

    /**
     * @return the reply to an interactive message, or {@code null}
     */
    public InteractivePart interactive() {
        return partAs(InteractivePart.class).orElse(null);
    }

    /**
     * @return the tapped template quick-reply button of a {@code button} message, or {@code null}
     */
    public ButtonPart button() {
        return partAs(ButtonPart.class).orElse(null);
    }

    /**
     * @return the reaction of a {@code reaction} message, or {@code null}
     */
    public ReactionPart reaction() {
        return partAs(ReactionPart.class).orElse(null);
    }

    /**
     * @return the order of an {@code order} message, or {@code null}
     */
    public OrderPart order() {
        return partAs(OrderPart.class).orElse(null);
    }

    /**
     * @return the notice of a {@code system} message, or {@code null}
     */
    public SystemPart system() {
        return partAs(SystemPart.class).orElse(null);
    }

    /**
     * @return the new content of an {@code edit} message, or {@code null}
     */
    public EditPart edit() {
        return partAs(EditPart.class).orElse(null);
    }

    /**
     * @return the deleted message of a {@code revoke} message, or {@code null}
     */
    public RevokePart revoke() {
        return partAs(RevokePart.class).orElse(null);
    }

    /**
     * @return the description of an {@code unsupported} (or legacy {@code unknown}) message, or {@code null}
     */
    public UnsupportedPart unsupported() {
        return partAs(UnsupportedPart.class).orElse(null);
    }

    private MediaPart media(String mediaType) {
        MediaPart media = media();
        return media != null && mediaType.equals(media.type()) ? media : null;
    }
}
