package org.dialectica.index;

import java.util.List;

/**
 * What all passages of a source are found by through {@code source:}, {@code author:} and {@code year:}: the
 * source's title, authors and publication year, indexed once per source.
 *
 * @param title   the title, or {@code null}
 * @param authors the authors, in order (may be empty)
 * @param year    the publication year, or {@code null} when unknown
 */
public record SourceMetadata(String title, List<String> authors, Integer year) {

    public SourceMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
