package org.dialectica.ui.search.find;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dialectica.index.QuerySyntaxException;
import org.dialectica.index.SearchHit;
import org.dialectica.index.SearchRequest;
import org.dialectica.index.Span;
import org.dialectica.index.session.IndexSession;

/** Finds a query's matches in one source's stored text through the index (non-UI). */
public final class SourceMatches {

    /** Enough passages for any source: a passage is at least 200 chars, so 10,000 cover 2 MB of text. */
    static final int MAX_PASSAGES = 10_000;

    private SourceMatches() {
    }

    /**
     * The matches of {@code query} in the passages of source {@code sourceId}, as offsets in its stored text,
     * in text order.
     *
     * @throws QuerySyntaxException with the position in {@code query} (not in the query sent to the index)
     */
    public static List<Span> find(IndexSession session, String sourceId, String query)
            throws QuerySyntaxException, IOException {
        String prefix = "source:" + sourceId + " type:passage (";
        String full = prefix + query + "\n)"; // a newline ends a trailing escape or phrase cleanly
        List<SearchHit> hits;
        try {
            hits = session.search(new SearchRequest(full, MAX_PASSAGES)).hits();
        } catch (QuerySyntaxException e) {
            int position = Math.max(0, Math.min(query.length(), e.position() - prefix.length()));
            String message = e.getMessage().replaceFirst(" \\(at position \\d+\\)$", "");
            throw new QuerySyntaxException(message, query, position);
        }
        List<Span> matches = new ArrayList<>();
        for (SearchHit hit : hits) {
            if (sourceId.equals(hit.sourceId())) {
                matches.addAll(hit.matches());
            }
        }
        matches.sort(Comparator.comparingInt(Span::start));
        return matches;
    }
}
