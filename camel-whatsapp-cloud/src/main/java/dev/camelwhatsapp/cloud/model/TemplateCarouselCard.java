package dev.camelwhatsapp.cloud.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The values sent for one card of a media card carousel template: the card's image or video, its body parameters
 * and its buttons, addressed by the card's position.
 *
 * <pre>{@code
 * TemplateCarouselCard.of(0, TemplateParameter.image(MediaSource.id("1013859600285441")))
 *         .bodyText("15%")
 *         .button(TemplateButton.quickReply(0, "MORE_LIKE_THIS_0"))
 *         .button(TemplateButton.url(1, "succulents/aloe"))
 * }</pre>
 *
 * @param cardIndex      the card's position in the template, from 0
 * @param header         the card's image or video
 * @param bodyParameters values for the card's body, in order
 * @param buttons        values for the card's dynamic buttons, at most
 *                       {@link MessageLimits#TEMPLATE_CAROUSEL_CARD_BUTTONS}
 */
public record TemplateCarouselCard(int cardIndex, TemplateParameter.Media header,
        List<TemplateParameter> bodyParameters, List<TemplateButton> buttons) {

    public TemplateCarouselCard {
        Objects.requireNonNull(header, "header");
        bodyParameters = List.copyOf(bodyParameters);
        buttons = List.copyOf(buttons);
    }

    /** A card with its image or video and nothing else yet. */
    public static TemplateCarouselCard of(int cardIndex, TemplateParameter.Media header) {
        return new TemplateCarouselCard(cardIndex, header, List.of(), List.of());
    }

    /** @return a copy with these body parameters added after those already there */
    public TemplateCarouselCard body(TemplateParameter... parameters) {
        List<TemplateParameter> body = new ArrayList<>(bodyParameters);
        body.addAll(List.of(parameters));
        return new TemplateCarouselCard(cardIndex, header, body, buttons);
    }

    /** @return a copy with these positional text parameters added after those already there */
    public TemplateCarouselCard bodyText(String... texts) {
        TemplateCarouselCard card = this;
        for (String text : texts) {
            card = card.body(TemplateParameter.text(text));
        }
        return card;
    }

    /** @return a copy with this button added */
    public TemplateCarouselCard button(TemplateButton button) {
        List<TemplateButton> all = new ArrayList<>(buttons);
        all.add(button);
        return new TemplateCarouselCard(cardIndex, header, bodyParameters, all);
    }

    /** @return a new {@code {"card_index":…, "components":[header, body?, button…]}} */
    ObjectNode toGraphJson() {
        ObjectNode card = GraphJson.object().put("card_index", cardIndex);
        ArrayNode components = card.putArray("components");
        components.addObject().put("type", "header").putArray("parameters").add(header.toGraphJson());
        if (!bodyParameters.isEmpty()) {
            ArrayNode body = components.addObject().put("type", "body").putArray("parameters");
            bodyParameters.forEach(parameter -> body.add(parameter.toGraphJson()));
        }
        buttons.forEach(button -> components.add(button.toGraphJson()));
        return card;
    }
}
