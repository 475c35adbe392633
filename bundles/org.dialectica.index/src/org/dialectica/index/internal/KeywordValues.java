package org.dialectica.index.internal;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * Reads a keyword field's value from its doc values. For ids of hits this is much cheaper than stored fields: a
 * stored-fields lookup decompresses a whole block, passage texts included.
 */
final class KeywordValues {

    private KeywordValues() {
    }

    /** The document's first (smallest) value of the field, or {@code null} when it has none. */
    static String first(IndexReader reader, int docId, String field) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
        if (!values.advanceExact(docId - leaf.docBase)) {
            return null;
        }
        return values.lookupOrd(values.nextOrd()).utf8ToString();
    }
}
