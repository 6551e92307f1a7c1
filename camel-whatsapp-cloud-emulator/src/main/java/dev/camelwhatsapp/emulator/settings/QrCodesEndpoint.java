package dev.camelwhatsapp.emulator.settings;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.graph.GraphApiException;
import dev.camelwhatsapp.emulator.graph.GraphError;
import dev.camelwhatsapp.emulator.server.ApiRequest;
import dev.camelwhatsapp.emulator.server.ApiResponse;
import dev.camelwhatsapp.emulator.server.Json;
import dev.camelwhatsapp.emulator.state.PhoneNumberState;

import static dev.camelwhatsapp.emulator.settings.NumberSettingsLimits.PREFILLED_MESSAGE_MAX;
import static dev.camelwhatsapp.emulator.settings.NumberSettingsLimits.QR_CODE_PATTERN;
import static dev.camelwhatsapp.emulator.settings.NumberSettingsLimits.QR_IMAGE_FORMATS;

/**
 * {@code GET|POST /{phone-number-id}/message_qrdls} and {@code GET|DELETE /{phone-number-id}/message_qrdls/{code}}:
 * QR codes (wa.me deep links) with a pre-filled message of at most 140 characters. A POST without {@code code}
 * creates one, with {@code code} changes its message. Listing is newest first.
 */
public final class QrCodesEndpoint {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final NumberSettingsStore store;
    private final SecureRandom random = new SecureRandom();

    public QrCodesEndpoint(NumberSettingsStore store) {
        this.store = store;
    }

    /** Where QR images are served: {@code /qr-images/{phone-number-id}/{code}.png} (or {@code .svg}), no token. */
    public static final String IMAGE_PATH = "/qr-images/";

    public ApiResponse createOrUpdate(ApiRequest request, PhoneNumberState number, JsonNode body)
            throws GraphApiException {
        String message = Json.text(body, "prefilled_message");
        if (message == null || message.isBlank()) {
            throw BusinessProfileEndpoint.invalid("The parameter prefilled_message is required");
        }
        if (message.codePointCount(0, message.length()) > PREFILLED_MESSAGE_MAX) {
            throw BusinessProfileEndpoint.invalid("Invalid prefilled_message length. Maximum "
                    + PREFILLED_MESSAGE_MAX + " characters allowed");
        }
        String format = Json.text(body, "generate_qr_image");
        if (format != null && !QR_IMAGE_FORMATS.contains(format)) {
            throw BusinessProfileEndpoint.invalid("Param generate_qr_image must be one of PNG, SVG");
        }
        String code = Json.text(body, "code");
        NumberSettingsStore.NumberSettings settings = store.of(number.number().phoneNumberId());
        ObjectNode qr;
        synchronized (settings) {
            if (code != null) {
                qr = settings.qrCodes.get(code);
                if (qr == null) {
                    throw new GraphApiException(unknownCode(code));
                }
            } else {
                code = newCode(settings);
                qr = Json.object();
                qr.put("code", code);
                settings.qrCodes.put(code, qr);
            }
            qr.put("prefilled_message", message);
            qr.put("deep_link_url", "https://wa.me/message/" + code);
            ObjectNode answer = qr.deepCopy();
            if (format != null) {
                // like Meta's CDN link: public, in the answer that asked for it, not part of the stored code
                String host = request.header("host");
                answer.put("qr_image_url", "http://" + (host == null ? "127.0.0.1" : host) + IMAGE_PATH
                        + number.number().phoneNumberId() + "/" + code + "." + format.toLowerCase(Locale.ROOT));
            }
            return ApiResponse.ok(answer);
        }
    }

    /**
     * Serves the image of a {@code qr_image_url}: a placeholder that looks like a QR code but does not scan (see
     * {@link QrPlaceholderImage}); 404 once the code is deleted.
     */
    public ApiResponse image(ApiRequest request) {
        String[] parts = request.path().substring(IMAGE_PATH.length()).split("/");
        int dot = parts.length == 2 ? parts[1].lastIndexOf('.') : -1;
        if (dot < 0) {
            return notFound();
        }
        String code = parts[1].substring(0, dot);
        String extension = parts[1].substring(dot + 1);
        NumberSettingsStore.NumberSettings settings = store.find(parts[0]);
        String deepLink;
        if (settings == null) {
            return notFound();
        }
        synchronized (settings) {
            ObjectNode qr = settings.qrCodes.get(code);
            if (qr == null) {
                return notFound();
            }
            deepLink = qr.path("deep_link_url").asText();
        }
        return switch (extension) {
            case "png" -> ApiResponse.bytes("image/png", QrPlaceholderImage.png(deepLink));
            case "svg" -> ApiResponse.bytes("image/svg+xml", QrPlaceholderImage.svg(deepLink));
            default -> notFound();
        };
    }

    private static ApiResponse notFound() {
        return new ApiResponse(404, "text/plain", "Not Found".getBytes(StandardCharsets.US_ASCII), Map.of());
    }

    public ApiResponse list(ApiRequest request, PhoneNumberState number) {
        String filter = request.query().get("code");
        NumberSettingsStore.NumberSettings settings = store.of(number.number().phoneNumberId());
        List<ObjectNode> codes;
        synchronized (settings) {
            codes = new ArrayList<>(settings.qrCodes.values());
        }
        Collections.reverse(codes);
        ObjectNode response = Json.object();
        ArrayNode data = response.putArray("data");
        codes.stream().filter(qr -> filter == null || filter.equals(qr.path("code").asText()))
                .forEach(qr -> data.add(qr.deepCopy()));
        return ApiResponse.ok(response);
    }

    public ApiResponse get(PhoneNumberState number, String code) throws GraphApiException {
        NumberSettingsStore.NumberSettings settings = store.of(number.number().phoneNumberId());
        synchronized (settings) {
            ObjectNode qr = settings.qrCodes.get(code);
            if (qr == null) {
                throw new GraphApiException(unknownCode(code));
            }
            ObjectNode response = Json.object();
            response.putArray("data").add(qr.deepCopy());
            return ApiResponse.ok(response);
        }
    }

    public ApiResponse delete(PhoneNumberState number, String code) throws GraphApiException {
        NumberSettingsStore.NumberSettings settings = store.of(number.number().phoneNumberId());
        synchronized (settings) {
            if (settings.qrCodes.remove(code) == null) {
                throw new GraphApiException(unknownCode(code));
            }
        }
        return ApiResponse.success();
    }

    private String newCode(NumberSettingsStore.NumberSettings settings) {
        while (true) {
            StringBuilder code = new StringBuilder(14);
            for (int i = 0; i < 14; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (!settings.qrCodes.containsKey(code.toString())) {
                return code.toString();
            }
        }
    }

    private static GraphError unknownCode(String code) {
        return code.matches(QR_CODE_PATTERN) ? GraphError.unknownObject("GET", code)
                .withMessage("QR code " + code + " does not exist for this phone number")
                : GraphError.ofCode(100, "Param code must be 14 characters of A-Z and 2-7: " + code);
    }
}
