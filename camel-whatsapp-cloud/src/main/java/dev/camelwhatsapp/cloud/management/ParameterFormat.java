package dev.camelwhatsapp.cloud.management;

/** How a template's variables are written: {@code {{1}}, {{2}}} or {@code {{first_name}}}. */
public enum ParameterFormat {
    /** {@code {{1}}, {{2}}, …}, numbered in order of appearance. */
    POSITIONAL,
    /** {@code {{first_name}}}: lower-case letters, digits and underscores. */
    NAMED
}
