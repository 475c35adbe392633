package org.dialectica.core.anchor;

import java.util.List;

import org.dialectica.model.AnchorState;
import org.dialectica.model.Source;

/** The result of re-anchoring the quotes of one source, one outcome per anchor. */
public record AnchorReport(Source source, List<AnchorOutcome> outcomes) {

    public AnchorReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(AnchorState state) {
        return outcomes.stream().filter(outcome -> outcome.state() == state).count();
    }

    @Override
    public String toString() {
        return "AnchorReport[" + outcomes.size() + " anchors: " + count(AnchorState.ANCHORED) + " anchored, "
                + count(AnchorState.MOVED) + " moved, " + count(AnchorState.ORPHANED) + " orphaned]";
    }
}
