package org.dialectica.index.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The unified highlighter, reading offsets from the postings, returning {@link SnippetFormatter}
 * objects instead of strings.
 */
final class HitHighlighter extends UnifiedHighlighter {

    static final int PASSAGES_PER_HIT = 2;

    HitHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new SnippetFormatter())
                .withMaxLength(100_000));
    }

    /** For each field, per doc (in the order given) a {@link SnippetFormatter.Formatted} or null. */
    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds) throws IOException {
        int[] passages = new int[fields.length];
        Arrays.fill(passages, PASSAGES_PER_HIT);
        return highlightFieldsAsObjects(fields, query, docIds, passages);
    }
}
