package org.dialectica.model.edit.commands;

import java.util.Objects;

import org.dialectica.model.AnchorState;
import org.dialectica.model.Source;
import org.dialectica.model.TextAnchor;

/**
 * A span of a source's extracted text, with the quote and its context: the W3C/Hypothesis
 * TextPositionSelector ({@code start}, {@code end}) and TextQuoteSelector ({@code exact}, {@code prefix},
 * {@code suffix}) that a {@link TextAnchor} stores. Offsets count UTF-16 code units, end exclusive.
 */
public record TextSpan(Source source, int start, int end, String exact, String prefix, String suffix) {

    /** How many characters of context are kept on each side of the quote. */
    public static final int CONTEXT_LENGTH = 32;

    public TextSpan {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (start < 0 || end <= start || exact.length() != end - start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ") quoting " + exact.length() + " characters");
        }
    }

    /**
     * The span {@code [start, end)} of {@code text}, the extracted text of {@code source}, with up to
     * {@link #CONTEXT_LENGTH} characters of context on each side (never half a surrogate pair).
     *
     * @throws IllegalArgumentException when the span is empty or not inside {@code text}
     */
    public static TextSpan of(Source source, CharSequence text, int start, int end) {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start || end > text.length()) {
            throw new IllegalArgumentException("the span [" + start + ", " + end + ") is not inside a text of "
                    + text.length() + " characters");
        }
        int prefixStart = Math.max(0, start - CONTEXT_LENGTH);
        if (prefixStart > 0 && Character.isLowSurrogate(text.charAt(prefixStart))) {
            prefixStart++;
        }
        int suffixEnd = Math.min(text.length(), end + CONTEXT_LENGTH);
        if (suffixEnd < text.length() && Character.isHighSurrogate(text.charAt(suffixEnd - 1))) {
            suffixEnd--;
        }
        return new TextSpan(source, start, end, text.subSequence(start, end).toString(),
                text.subSequence(prefixStart, start).toString(), text.subSequence(end, suffixEnd).toString());
    }

    /** Copies this span into {@code anchor}, with {@code state}. Only for anchors not yet in a model. */
    void fill(TextAnchor anchor, AnchorState state) {
        anchor.setSource(source);
        anchor.setStart(start);
        anchor.setEnd(end);
        anchor.setExact(exact);
        anchor.setPrefix(prefix);
        anchor.setSuffix(suffix);
        anchor.setState(state);
    }
}
