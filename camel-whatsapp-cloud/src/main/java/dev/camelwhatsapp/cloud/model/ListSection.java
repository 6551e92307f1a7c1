package dev.camelwhatsapp.cloud.model;

import java.util.List;

/**
 * A titled group of rows in a list message; the title may be {@code null} when the list has a single section.
 *
 * @param title the section title, or {@code null}
 * @param rows  the rows of the section
 */
public record ListSection(String title, List<ListRow> rows) {

    public ListSection {
        rows = List.copyOf(rows);
    }

    public static ListSection of(String title, ListRow... rows) {
        return new ListSection(title, List.of(rows));
    }
}
