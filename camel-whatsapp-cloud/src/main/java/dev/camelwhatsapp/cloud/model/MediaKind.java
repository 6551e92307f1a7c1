package dev.camelwhatsapp.cloud.model;

import java.util.Locale;

/** The kinds of media message WhatsApp sends; each is also the Graph API {@code type}. */
public enum MediaKind {
    IMAGE,
    AUDIO,
    VIDEO,
    DOCUMENT,
    STICKER;

    /** @return the Graph API type, e.g. {@code image} */
    public String graphType() {
        return name().toLowerCase(Locale.ROOT);
    }
}
