package dev.camelwhatsapp.cloud.management;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.PREFILLED_MESSAGE_MAX;
import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.QR_CODE_PATTERN;
import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.requireAtMost;

/**
 * {@code createQrCode}'s body: a new QR code, or a new message for an existing one.
 *
 * @param code             the code to change, or {@code null} to create one
 * @param prefilledMessage the message, 1 to 140 characters
 * @param imageFormat      {@code PNG} or {@code SVG} to have Meta render the QR image, or {@code null}
 */
public record QrCodeRequest(String code, String prefilledMessage, ImageFormat imageFormat) {

    /** The formats Meta renders QR images in. */
    public enum ImageFormat {
        PNG,
        SVG
    }

    public QrCodeRequest {
        if (prefilledMessage == null || prefilledMessage.isBlank()) {
            throw new IllegalArgumentException("A QR code needs a pre-filled message");
        }
        requireAtMost("A QR code's pre-filled message", prefilledMessage, PREFILLED_MESSAGE_MAX);
        if (code != null && !code.matches(QR_CODE_PATTERN)) {
            throw new IllegalArgumentException("Not a QR code id (14 characters of A-Z and 2-7): " + code);
        }
    }

    /** A new QR code without image. */
    public static QrCodeRequest create(String prefilledMessage) {
        return new QrCodeRequest(null, prefilledMessage, null);
    }

    /** A new message for the existing code. */
    public static QrCodeRequest update(String code, String prefilledMessage) {
        return new QrCodeRequest(code, prefilledMessage, null);
    }

    /** The same request, with Meta rendering the image in the format. */
    public QrCodeRequest withImage(ImageFormat format) {
        return new QrCodeRequest(code, prefilledMessage, format);
    }

    ObjectNode toGraphJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("prefilled_message", prefilledMessage);
        if (code != null) {
            json.put("code", code);
        }
        if (imageFormat != null) {
            json.put("generate_qr_image", imageFormat.name());
        }
        return json;
    }
}
