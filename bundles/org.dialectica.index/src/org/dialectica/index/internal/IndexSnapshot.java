package org.dialectica.index.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher over one point-in-time view of the index, with what searches need from that view: the
 * language fields present, and (built on first use, then shared) the facet ordinals.
 */
final class IndexSnapshot extends IndexSearcher {

    private final List<String> textFields;
    private final FacetsConfig facetsConfig;
    private volatile SortedSetDocValuesReaderState facetState;
    private volatile boolean facetsAbsent;

    IndexSnapshot(IndexReader reader, FacetsConfig facetsConfig) {
        super(reader);
        this.facetsConfig = facetsConfig;
        this.textFields = java.util.stream.StreamSupport.stream(FieldInfos.getMergedFieldInfos(reader).spliterator(), false)
                .map(FieldInfo::getName)
                .filter(name -> name.startsWith(IndexSchema.TEXT_PREFIX))
                .sorted()
                .toList();
    }

    /** Language text fields holding at least one document in this view. */
    List<String> textFields() {
        return textFields;
    }

    /** Facet ordinals of this view, or {@code null} when no document has facets. */
    SortedSetDocValuesReaderState facetState() {
        SortedSetDocValuesReaderState state = facetState;
        if (state == null && !facetsAbsent) {
            synchronized (this) {
                if (facetState == null && !facetsAbsent) {
                    try {
                        facetState = new DefaultSortedSetDocValuesReaderState(getIndexReader(), facetsConfig);
                    } catch (IllegalArgumentException e) {
                        facetsAbsent = true; // empty index: the facet field does not exist yet
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                state = facetState;
            }
        }
        return state;
    }

    static SearcherFactory factory(FacetsConfig facetsConfig) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                return new IndexSnapshot(reader, facetsConfig);
            }
        };
    }
}
