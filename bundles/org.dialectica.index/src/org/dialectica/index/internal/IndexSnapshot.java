package org.dialectica.index.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;

import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher over one point-in-time view of the index, with what searches need from that view: the
 * language fields present, and (built on first use, then shared) the ordinals of the facet fields.
 */
final class IndexSnapshot extends IndexSearcher {

    private final FieldInfos fieldInfos;
    private final List<String> textFields;
    private final Map<String, Optional<StringDocValuesReaderState>> facetStates = new ConcurrentHashMap<>();

    IndexSnapshot(IndexReader reader) {
        super(reader);
        this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
        this.textFields = StreamSupport.stream(fieldInfos.spliterator(), false)
                .map(FieldInfo::getName)
                .filter(name -> name.startsWith(IndexSchema.TEXT_PREFIX))
                .sorted()
                .toList();
    }

    /** Language text fields holding at least one document in this view. */
    List<String> textFields() {
        return textFields;
    }

    /** The ordinals of a string facet field in this view; empty when no document has the field yet. */
    Optional<StringDocValuesReaderState> facetState(String field) {
        return facetStates.computeIfAbsent(field, f -> {
            FieldInfo info = fieldInfos.fieldInfo(f);
            if (info == null || info.getDocValuesType() == DocValuesType.NONE) {
                return Optional.empty();
            }
            try {
                return Optional.of(new StringDocValuesReaderState(getIndexReader(), f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static SearcherFactory factory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                return new IndexSnapshot(reader);
            }
        };
    }
}
