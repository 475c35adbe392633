package org.dialectica.core.anchor;

import org.dialectica.model.AnchorState;
import org.dialectica.model.TextAnchor;

/** What re-anchoring did to one anchor: its offsets before and after, and its new state. */
public record AnchorOutcome(TextAnchor anchor, AnchorState state, int oldStart, int oldEnd, int newStart, int newEnd,
        String oldExact, String newExact) {

    /** Whether the anchor's offsets or quote changed. */
    public boolean moved() {
        return oldStart != newStart || oldEnd != newEnd || !oldExact.equals(newExact);
    }
}
