package org.dialectica.importer;

import java.text.Normalizer;

/**
 * The one normalisation every imported text goes through before it is stored, so that offsets into the
 * stored text stay valid whatever tool reads it. The rules, applied in this order:
 * <ol>
 * <li>line ends: CRLF and CR become LF; U+2028, U+2029, vertical tab and form feed become LF too;</li>
 * <li>control characters (Unicode category Cc, including NUL) are removed, except LF and TAB; so is the
 *     byte-order mark U+FEFF;</li>
 * <li>Unicode normalisation form NFC (after removing controls, which may have separated a letter from its
 *     accent);</li>
 * <li>trailing white space (spaces, tabs, no-break spaces) is removed from every line;</li>
 * <li>more than two consecutive blank lines are collapsed to two;</li>
 * <li>blank lines at the start and all white space at the end are removed.</li>
 * </ol>
 * The result is a fixed point: {@code normalize(normalize(s)).equals(normalize(s))}.
 */
public final class TextNormalizer {

    private static final int MAX_BLANK_LINES = 2;

    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        if (raw.isEmpty()) {
            return raw;
        }
        String text = Normalizer.normalize(stripControls(raw), Normalizer.Form.NFC);
        return tidyLines(text);
    }

    private static String stripControls(String raw) {
        int n = raw.length();
        int first = 0;
        while (first < n && !needsRewrite(raw.charAt(first))) {
            first++;
        }
        if (first == n) {
            return raw; // the usual case: a parser's output has no controls but LF and TAB; no copy
        }
        StringBuilder out = new StringBuilder(n).append(raw, 0, first);
        for (int i = first; i < n; i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < n && raw.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n', '\t' -> out.append(c);
                case '\u2028', '\u2029', '\u000B', '\f' -> out.append('\n');
                case '\uFEFF' -> {
                    // byte-order mark or deprecated zero-width no-break space: never content
                }
                default -> {
                    if (Character.getType(c) != Character.CONTROL) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Whether {@link #stripControls} changes or drops this character. */
    private static boolean needsRewrite(char c) {
        if (c < ' ') {
            return c != '\n' && c != '\t';
        }
        return c >= '\u007F' && (c <= '\u009F' || c == '\u2028' || c == '\u2029' || c == '\uFEFF');
    }

    private static String tidyLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int blankRun = 0;
        boolean started = false;
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int end = lineEnd;
            while (end > lineStart && isTrailingSpace(text.charAt(end - 1))) {
                end--;
            }
            if (end == lineStart) {
                blankRun++;
            } else {
                if (started) {
                    int blanks = Math.min(blankRun, MAX_BLANK_LINES);
                    out.append("\n".repeat(blanks + 1));
                }
                out.append(text, lineStart, end);
                started = true;
                blankRun = 0;
            }
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }

    static boolean isTrailingSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || (c != '\n' && Character.isWhitespace(c));
    }
}
