package org.dialectica.index.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.dialectica.index.Snippet;
import org.dialectica.index.Span;

/**
 * Turns the highlighter's passages into a {@link Formatted}: the snippet with match offsets relative
 * to it, and the same matches as offsets into the field's full text (so a passage hit can point at
 * the match in the source text).
 */
final class SnippetFormatter extends PassageFormatter {

    static final String ELLIPSIS = " … ";

    /** A formatted highlight. {@code fieldMatches} are offsets into the whole field value. */
    record Formatted(Snippet snippet, List<Span> fieldMatches) {
    }

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder text = new StringBuilder();
        List<Span> highlights = new ArrayList<>();
        List<Span> fieldMatches = new ArrayList<>();
        for (Passage passage : passages) {
            // Whitespace at either end (paragraph breaks) is left out; matches never lie in it.
            int from = passage.getStartOffset();
            int to = passage.getEndOffset();
            while (from < to && Character.isWhitespace(content.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(content.charAt(to - 1))) {
                to--;
            }
            if (from == to) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(ELLIPSIS);
            }
            int base = text.length() - from;
            int lastEnd = from;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(passage.getMatchStarts()[i], lastEnd);
                int end = Math.min(passage.getMatchEnds()[i], to);
                if (end <= start) {
                    continue; // overlaps the previous match
                }
                fieldMatches.add(new Span(start, end));
                highlights.add(new Span(base + start, base + end));
                lastEnd = end;
            }
            // Line breaks become spaces one for one, so offsets stay valid.
            text.append(content, from, to);
        }
        String flat = text.toString().replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        fieldMatches.sort(java.util.Comparator.comparingInt(Span::start));
        return new Formatted(new Snippet(flat, highlights), fieldMatches);
    }
}
