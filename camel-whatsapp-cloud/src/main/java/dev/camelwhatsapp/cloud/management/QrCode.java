package dev.camelwhatsapp.cloud.management;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A QR code (wa.me deep link) that opens a chat with the business with a pre-filled message.
 *
 * @param code             Meta's id of the code, 14 characters
 * @param prefilledMessage the message the chat opens with
 * @param deepLinkUrl      the {@code https://wa.me/message/…} link
 * @param qrImageUrl       the QR image's URL when one was asked for, or {@code null}
 */
public record QrCode(String code, String prefilledMessage, String deepLinkUrl, String qrImageUrl) {

    static QrCode fromGraphJson(JsonNode json) {
        return new QrCode(
                json.path("code").asText(null), json.path("prefilled_message").asText(null),
                json.path("deep_link_url").asText(null), json.path("qr_image_url").asText(null));
    }
}
