package org.dialectica.core.anchor;

import java.util.Optional;

/**
 * Finds the passage of a text closest to a quote that was edited: approximate substring matching
 * (Sellers' dynamic programming over edit distance), bounded so that it stays cheap on long texts.
 *
 * <p>Bounds: quotes of {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, at most
 * {@link #MAX_ERROR_RATIO} of the quote's length in edits. The text around the old position is
 * searched first; the whole text only when that fails and the search stays under
 * {@value #MAX_CELLS} table cells. Among equally good matches the one nearest the old position wins.
 */
public final class FuzzyMatcher {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 256;
    public static final double MAX_ERROR_RATIO = 0.2;
    public static final long MAX_CELLS = 64L * 1024 * 1024;

    /** A passage of the text: {@code [start, end)} with {@code errors} edits from the quote. */
    public record Passage(int start, int end, int errors) {
    }

    /** Whether a quote of this length is searched approximately at all. */
    public static boolean accepts(String quote) {
        return quote.length() >= MIN_LENGTH && quote.length() <= MAX_LENGTH;
    }

    /** The passage of {@code text} closest to {@code quote}, looked for near {@code near} first. */
    public Optional<Passage> find(String text, String quote, int near) {
        if (!accepts(quote)) {
            return Optional.empty();
        }
        int maxErrors = (int) Math.floor(quote.length() * MAX_ERROR_RATIO);
        int margin = Math.max(512, 4 * quote.length());
        int from = clamp(near - margin, text.length());
        int to = clamp(near + quote.length() + margin, text.length());
        Optional<Passage> nearby = search(text, quote, from, to, maxErrors, near);
        if (nearby.isPresent() || (from == 0 && to == text.length())) {
            return nearby;
        }
        if ((long) text.length() * quote.length() > MAX_CELLS) {
            return Optional.empty();
        }
        return search(text, quote, 0, text.length(), maxErrors, near);
    }

    private static int clamp(int position, int length) {
        return Math.max(0, Math.min(length, position));
    }

    /**
     * One column of the edit-distance table per text character; row {@code i} is the cost of matching the
     * first {@code i} quote characters ending there, with {@code begin} tracking where that match started.
     */
    private static Optional<Passage> search(String text, String quote, int from, int to, int maxErrors, int near) {
        int m = quote.length();
        int[] cost = new int[m + 1];
        int[] begin = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            cost[i] = i;
            begin[i] = from;
        }
        Passage best = null;
        for (int position = from; position < to; position++) {
            char c = text.charAt(position);
            int diagonalCost = cost[0];
            int diagonalBegin = begin[0];
            cost[0] = 0;
            begin[0] = position + 1;
            for (int i = 1; i <= m; i++) {
                int oldCost = cost[i];
                int oldBegin = begin[i];
                int value = diagonalCost + (quote.charAt(i - 1) == c ? 0 : 1);
                int start = diagonalBegin;
                if (cost[i - 1] + 1 < value) {
                    value = cost[i - 1] + 1;
                    start = begin[i - 1];
                }
                if (oldCost + 1 < value) {
                    value = oldCost + 1;
                    start = oldBegin;
                }
                cost[i] = value;
                begin[i] = start;
                diagonalCost = oldCost;
                diagonalBegin = oldBegin;
            }
            if (cost[m] <= maxErrors) {
                Passage candidate = new Passage(begin[m], position + 1, cost[m]);
                if (best == null || better(candidate, best, near)) {
                    best = candidate;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean better(Passage candidate, Passage best, int near) {
        if (candidate.errors() != best.errors()) {
            return candidate.errors() < best.errors();
        }
        return Math.abs(candidate.start() - near) < Math.abs(best.start() - near);
    }
}
