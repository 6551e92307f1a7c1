package dev.camelwhatsapp.cloud.management;

import java.util.List;

/**
 * A card of a media card carousel template: an image or video header, an optional body and one or two buttons. All
 * cards of a carousel have the same components and buttons.
 *
 * <pre>{@code
 * new TemplateCarouselCardDefinition(TemplateHeader.media(HeaderFormat.IMAGE, "4::aW1hZ2U…"),
 *         TemplateBody.of("Aloe vera, {{1}} off this week.", "15%"),
 *         List.of(TemplateButtonDefinition.quickReply("More like this"),
 *                 TemplateButtonDefinition.url("Buy", "https://shop.example.com/p/{{1}}", "aloe")))
 * }</pre>
 *
 * @param header  the IMAGE or VIDEO header with its example's upload handle ({@code null} only when read from a
 *                card that lacks one, which the linter reports)
 * @param body    the card's body, or {@code null}
 * @param buttons the card's buttons
 */
public record TemplateCarouselCardDefinition(TemplateHeader header, TemplateBody body,
        List<TemplateButtonDefinition> buttons) {

    /** Copies the buttons so that the card cannot change after creation. */
    public TemplateCarouselCardDefinition {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }
}
