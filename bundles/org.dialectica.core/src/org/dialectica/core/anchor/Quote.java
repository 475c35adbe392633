package org.dialectica.core.anchor;

import org.dialectica.model.TextAnchor;

/** What an anchor remembers of the passage it marks: offsets, the quoted text and its context. */
public record Quote(int start, int end, String exact, String prefix, String suffix) {

    public Quote {
        exact = exact == null ? "" : exact;
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    public static Quote of(TextAnchor anchor) {
        return new Quote(anchor.getStart(), anchor.getEnd(), anchor.getExact(), anchor.getPrefix(), anchor.getSuffix());
    }
}
