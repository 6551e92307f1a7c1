package dev.camelwhatsapp.cloud.management;

/** What a template header shows. */
public enum HeaderFormat {
    TEXT,
    IMAGE,
    VIDEO,
    DOCUMENT,
    LOCATION
}
