package org.dialectica.index;

import java.util.List;

/**
 * A short piece of a hit's text with the matches in it.
 *
 * @param text       plain text
 * @param highlights the matches, as offsets into {@link #text()}, in order
 */
public record Snippet(String text, List<Span> highlights) {

    public static final Snippet EMPTY = new Snippet("", List.of());

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /** The text with each match wrapped in {@code open} and {@code close}; nothing else is changed. */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
        int at = 0;
        for (Span span : highlights) {
            out.append(text, at, span.start()).append(open).append(text, span.start(), span.end()).append(close);
            at = span.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
