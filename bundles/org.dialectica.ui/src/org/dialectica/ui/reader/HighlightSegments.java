package org.dialectica.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.dialectica.core.queries.AnchoredElement;

/**
 * Turns possibly overlapping anchors into the non-overlapping segments a StyledText can show: each piece of
 * text takes the innermost (shortest) anchor that covers it, so a claim quoted inside a longer passage stays
 * visible.
 */
public final class HighlightSegments {

    /** A stretch of text and the anchor shown on it. */
    public record Segment(int start, int end, AnchoredElement anchored) {
    }

    private HighlightSegments() {
    }

    public static List<Segment> of(List<AnchoredElement> anchors, int textLength) {
        TreeSet<Integer> boundaries = new TreeSet<>();
        for (AnchoredElement a : anchors) {
            if (a.start() >= 0 && a.end() <= textLength && a.start() < a.end()) {
                boundaries.add(a.start());
                boundaries.add(a.end());
            }
        }
        List<Segment> segments = new ArrayList<>();
        Integer from = boundaries.isEmpty() ? null : boundaries.first();
        while (from != null) {
            Integer to = boundaries.higher(from);
            if (to == null) {
                break;
            }
            AnchoredElement innermost = null;
            for (AnchoredElement a : anchors) {
                if (a.start() <= from && a.end() >= to && a.end() <= textLength
                        && (innermost == null || a.end() - a.start() < innermost.end() - innermost.start())) {
                    innermost = a;
                }
            }
            if (innermost != null) {
                Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
                if (last != null && last.end() == from && last.anchored() == innermost) {
                    segments.set(segments.size() - 1, new Segment(last.start(), to, innermost));
                } else {
                    segments.add(new Segment(from, to, innermost));
                }
            }
            from = to;
        }
        return segments;
    }
}
