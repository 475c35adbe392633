package org.dialectica.interchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a reader kept and what it skipped, and why: shown to the user after a load, so nothing is
 * dropped silently. Counts are keyed by a short noun such as {@code "claim"}, {@code "RA-node"} or
 * {@code "L-node"}.
 */
public final class ImportReport {

    private final Map<String, Integer> kept = new TreeMap<>();
    private final Map<String, Integer> skippedCounts = new TreeMap<>();
    private final List<String> skipped = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** Counts one kept item of kind {@code what}. */
    public void kept(String what) {
        kept.merge(what, 1, Integer::sum);
    }

    /** Records that one item of kind {@code what} was not loaded, and why. */
    public void skip(String what, String why) {
        skippedCounts.merge(what, 1, Integer::sum);
        skipped.add(what + ": " + why);
    }

    /** Records something loaded that the user should look at (e.g. circular support). */
    public void warn(String warning) {
        warnings.add(warning);
    }

    public int keptCount(String what) {
        return kept.getOrDefault(what, 0);
    }

    public int skippedCount(String what) {
        return skippedCounts.getOrDefault(what, 0);
    }

    public Map<String, Integer> keptCounts() {
        return Collections.unmodifiableMap(kept);
    }

    /** One line per skipped item: "kind: reason". */
    public List<String> skipped() {
        return Collections.unmodifiableList(skipped);
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** A few lines for a console or a dialog. */
    public String summary() {
        StringBuilder text = new StringBuilder("Kept:");
        kept.forEach((what, count) -> text.append(' ').append(count).append(' ').append(what).append(','));
        if (kept.isEmpty()) {
            text.append(" nothing");
        } else {
            text.setLength(text.length() - 1);
        }
        skipped.forEach(line -> text.append("\nSkipped ").append(line));
        warnings.forEach(line -> text.append("\nWarning: ").append(line));
        return text.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
