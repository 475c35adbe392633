package org.dialectica.importer;

/**
 * A span of an {@link ExtractedDocument}'s text: a paragraph (heading, list item, table cell...) or a
 * page. Offsets are UTF-16 indexes into the normalised text, {@code start} inclusive, {@code end}
 * exclusive, so {@code text.substring(start, end)} is the passage.
 */
public record Passage(Kind kind, int start, int end) {

    /** What a passage stands for. */
    public enum Kind {
        /** A block of text: paragraph, heading, list item, table cell. Paragraphs never overlap. */
        PARAGRAPH,
        /** A page of a paginated format (PDF). Pages contain paragraphs. */
        PAGE
    }

    public Passage {
        if (kind == null || start < 0 || end < start) {
            throw new IllegalArgumentException("bad passage " + kind + " [" + start + ", " + end + ")");
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
