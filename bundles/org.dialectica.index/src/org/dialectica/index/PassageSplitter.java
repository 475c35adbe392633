package org.dialectica.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a source text into paragraph-sized passages: at blank lines, merging paragraphs shorter than
 * {@link #MIN_CHARS} with the next and cutting those longer than {@link #MAX_CHARS} at a sentence end
 * or space. Offsets refer to the text given; leading and trailing whitespace is left out.
 */
public final class PassageSplitter {

    public static final int MIN_CHARS = 200;
    public static final int MAX_CHARS = 2000;

    private PassageSplitter() {
    }

    /** The passages' {@code [start, end)} ranges, in order. */
    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int start = skipSpace(text, 0);
        while (start < text.length()) {
            int end = paragraphEnd(text, start);
            while (end - start < MIN_CHARS && end < text.length()) {
                int nextStart = skipSpace(text, end);
                if (nextStart >= text.length()) {
                    break;
                }
                end = paragraphEnd(text, nextStart);
            }
            if (end - start > MAX_CHARS) {
                end = cut(text, start, start + MAX_CHARS);
            }
            int trimmed = end;
            while (trimmed > start && Character.isWhitespace(text.charAt(trimmed - 1))) {
                trimmed--;
            }
            if (trimmed > start) {
                spans.add(new Span(start, trimmed));
            }
            start = skipSpace(text, end);
        }
        return spans;
    }

    /** Offset of the blank line ending the paragraph at {@code from}, or the text's end. */
    private static int paragraphEnd(String text, int from) {
        int at = from;
        while (true) {
            int newline = text.indexOf('\n', at);
            if (newline < 0) {
                return text.length();
            }
            int next = newline + 1;
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t'
                    || text.charAt(next) == '\r')) {
                next++;
            }
            if (next >= text.length() || text.charAt(next) == '\n') {
                return newline;
            }
            at = next;
        }
    }

    /** A good place to cut before {@code limit}: after a sentence end, else at a space, else at limit. */
    private static int cut(String text, int start, int limit) {
        for (int i = limit; i > start + MAX_CHARS / 2; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        for (int i = limit; i > start + MAX_CHARS / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        // Never cut a surrogate pair in two.
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    private static int skipSpace(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
