package dev.camelwhatsapp.cloud.management;

import dev.camelwhatsapp.cloud.WhatsAppCloudException;

/**
 * A downloaded media file's SHA-256 differs from the one Meta reported: the download was truncated or altered on the
 * way. The partial file has been deleted; downloading again usually succeeds.
 */
public class MediaChecksumException extends WhatsAppCloudException {

    private final String mediaId;
    private final String expected;
    private final String actual;

    /**
     * @param mediaId  the media id
     * @param expected the SHA-256 Meta reported
     * @param actual   the SHA-256 of the bytes received
     */
    public MediaChecksumException(String mediaId, String expected, String actual) {
        super("The SHA-256 of media " + mediaId + " is " + actual + " but Meta reported " + expected
                + "; the download was incomplete or altered and has been discarded");
        this.mediaId = mediaId;
        this.expected = expected;
        this.actual = actual;
    }

    public String getMediaId() {
        return mediaId;
    }

    public String getExpected() {
        return expected;
    }

    public String getActual() {
        return actual;
    }
}
