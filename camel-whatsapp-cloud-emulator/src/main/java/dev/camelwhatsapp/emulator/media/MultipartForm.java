package dev.camelwhatsapp.emulator.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed {@code multipart/form-data} body (RFC 7578), enough for Meta's media upload: text fields and one file.
 */
public final class MultipartForm {

    /** One part of the form. */
    public record Part(String name, String filename, String contentType, byte[] content) {
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern DISPOSITION_NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
    private static final Pattern DISPOSITION_FILENAME = Pattern.compile("filename=\"([^\"]*)\"");
    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private final Map<String, Part> parts;

    private MultipartForm(Map<String, Part> parts) {
        this.parts = parts;
    }

    public Optional<Part> part(String name) {
        return Optional.ofNullable(parts.get(name));
    }

    /** Parses the body; empty when the content type is not multipart or the body is malformed. */
    public static Optional<MultipartForm> parse(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        Matcher boundaryMatcher = BOUNDARY.matcher(contentType);
        if (!boundaryMatcher.find()) {
            return Optional.empty();
        }
        String boundary = boundaryMatcher.group(1) != null ? boundaryMatcher.group(1) : boundaryMatcher.group(2);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, Part> parts = new LinkedHashMap<>();
        int position = indexOf(body, delimiter, 0);
        if (position < 0) {
            return Optional.empty();
        }
        while (true) {
            int partStart = position + delimiter.length;
            if (partStart + 1 < body.length && body[partStart] == '-' && body[partStart + 1] == '-') {
                break; // closing delimiter
            }
            partStart += 2; // CRLF after the delimiter
            int headersEnd = indexOf(body, HEADER_END, partStart);
            int next = indexOf(body, delimiter, partStart);
            if (headersEnd < 0 || next < 0 || headersEnd > next) {
                return Optional.empty();
            }
            String headers = new String(body, partStart, headersEnd - partStart, StandardCharsets.UTF_8);
            int contentEnd = next - 2; // the CRLF before the next delimiter belongs to it
            byte[] content = Arrays.copyOfRange(body, headersEnd + HEADER_END.length, Math.max(contentEnd,
                    headersEnd + HEADER_END.length));
            Part part = toPart(headers, content);
            if (part != null) {
                parts.putIfAbsent(part.name(), part);
            }
            position = next;
        }
        return Optional.of(new MultipartForm(parts));
    }

    private static Part toPart(String headers, byte[] content) {
        String name = null;
        String filename = null;
        String contentType = null;
        for (String line : headers.split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-disposition:")) {
                Matcher nameMatcher = DISPOSITION_NAME.matcher(line);
                if (nameMatcher.find()) {
                    name = nameMatcher.group(1);
                }
                Matcher filenameMatcher = DISPOSITION_FILENAME.matcher(line);
                if (filenameMatcher.find()) {
                    filename = filenameMatcher.group(1);
                }
            } else if (lower.startsWith("content-type:")) {
                contentType = line.substring("content-type:".length()).trim();
            }
        }
        return name == null ? null : new Part(name, filename, contentType, content);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer : for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
