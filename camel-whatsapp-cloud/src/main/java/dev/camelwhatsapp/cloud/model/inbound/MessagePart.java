package dev.camelwhatsapp.cloud.model.inbound;

/**
 * The type-specific content of an {@link InboundMessage}: the object Meta puts under the key named by the message's
 * {@code type}. A type this model does not know yet becomes an {@link UnknownPart} holding its JSON.
 */
public sealed interface MessagePart permits TextPart, MediaPart, LocationPart, ContactsPart, InteractivePart,
        ButtonPart,
        ReactionPart, OrderPart, SystemPart, EditPart, RevokePart, UnsupportedPart, UnknownPart {
}
