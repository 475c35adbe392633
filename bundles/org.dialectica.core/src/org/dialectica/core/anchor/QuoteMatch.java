package org.dialectica.core.anchor;

import org.dialectica.model.AnchorState;

/**
 * Where a quote was found in a text: {@link AnchorState#ANCHORED} at its old offsets,
 * {@link AnchorState#MOVED} elsewhere (possibly with slightly different wording), or
 * {@link AnchorState#ORPHANED} with the old offsets kept.
 */
public record QuoteMatch(AnchorState state, int start, int end, int errors) {

    static QuoteMatch anchored(Quote quote) {
        return new QuoteMatch(AnchorState.ANCHORED, quote.start(), quote.end(), 0);
    }

    static QuoteMatch moved(int start, int end, int errors) {
        return new QuoteMatch(AnchorState.MOVED, start, end, errors);
    }

    static QuoteMatch orphaned(Quote quote) {
        return new QuoteMatch(AnchorState.ORPHANED, quote.start(), quote.end(), -1);
    }
}
