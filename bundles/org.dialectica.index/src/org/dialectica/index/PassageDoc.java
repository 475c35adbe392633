package org.dialectica.index;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph-sized chunk of a source's stored text, as the index sees it.
 *
 * @param sourceId    id of the source the text belongs to
 * @param sourceTitle title of the source, searchable through {@code source:} (the same for all passages of a source)
 * @param year        publication year, or {@code null} when unknown
 * @param authors     authors of the source (may be empty)
 * @param start       offset of the passage's first char in the stored source text (UTF-16 units)
 * @param end         offset after the passage's last char, exclusive
 * @param text        the passage text, exactly {@code storedText.substring(start, end)}
 * @param language    ISO 639-1 code of the text's language, or {@code null} for the default (English)
 */
public record PassageDoc(String sourceId, String sourceTitle, Integer year, List<String> authors, int start,
        int end, String text, String language) {

    public PassageDoc {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(text, "text");
        authors = authors == null ? List.of() : List.copyOf(authors);
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException(
                    "passage offsets [" + start + ", " + end + ") do not fit a text of length " + text.length());
        }
    }

    /** The id under which the passage is indexed: unique within a project. */
    public String id() {
        return id(sourceId, start);
    }

    /** The id of the passage of a source that starts at {@code start}. */
    public static String id(String sourceId, int start) {
        return sourceId + "@" + start;
    }
}
