package dev.camelwhatsapp.cloud.management;

/**
 * The LIMITED_TIME_OFFER component of a marketing template: the offer's headline and whether it shows a countdown to
 * an expiration given with each send.
 *
 * @param text          the headline, at most {@link dev.camelwhatsapp.cloud.model.MessageLimits#TEMPLATE_LIMITED_TIME_OFFER_TEXT}
 *                      characters
 * @param hasExpiration whether each send gives the offer's end ({@code expiration_time_ms})
 */
public record LimitedTimeOfferDefinition(String text, boolean hasExpiration) {
}
