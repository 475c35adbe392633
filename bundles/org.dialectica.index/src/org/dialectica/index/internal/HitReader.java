package org.dialectica.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.dialectica.index.ElementType;
import org.dialectica.index.PassageDoc;
import org.dialectica.index.SearchHit;
import org.dialectica.index.Snippet;
import org.dialectica.index.Span;
import org.dialectica.index.internal.SnippetFormatter.Formatted;

/** Turns top documents into {@link SearchHit}s with highlighted snippets and source offsets. */
final class HitReader {

    private static final Set<String> STORED = Set.of(IndexSchema.ID, IndexSchema.TYPE, IndexSchema.SOURCE,
            IndexSchema.START, IndexSchema.END);

    private final LanguageAnalyzers analyzers;

    HitReader(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    List<SearchHit> read(IndexSnapshot snapshot, Query highlightQuery, ScoreDoc[] docs) throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        String[] fields = snapshot.textFields().toArray(String[]::new);
        var highlights = new HitHighlighter(snapshot, analyzers.indexing()).highlight(fields, highlightQuery, ids);
        StoredFields stored = snapshot.storedFields();
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Formatted formatted = null;
            for (String field : fields) {
                Object value = highlights.get(field)[i];
                if (value instanceof Formatted f) {
                    formatted = f;
                    break;
                }
            }
            hits.add(hit(snapshot, docs[i].doc, stored.document(docs[i].doc, STORED), formatted, docs[i].score));
        }
        return hits;
    }

    private static SearchHit hit(IndexSnapshot snapshot, int docId, Document doc, Formatted formatted, float score)
            throws IOException {
        Snippet snippet = formatted == null ? Snippet.EMPTY : formatted.snippet();
        if (doc.getField(IndexSchema.START) == null) { // an element: passages store only their offsets
            ElementType type = ElementType.fromLabel(doc.get(IndexSchema.TYPE)).orElse(ElementType.CLAIM);
            return new SearchHit(type, doc.get(IndexSchema.ID), doc.get(IndexSchema.SOURCE), -1, -1, List.of(),
                    snippet, score);
        }
        String sourceId = passageSource(snapshot, docId);
        int passageStart = intValue(doc.getField(IndexSchema.START));
        int passageEnd = intValue(doc.getField(IndexSchema.END));
        List<Span> matches = formatted == null ? List.of()
                : formatted.fieldMatches().stream()
                        .map(m -> new Span(passageStart + m.start(), passageStart + m.end())).toList();
        Span first = matches.isEmpty() ? new Span(passageStart, passageEnd) : matches.get(0);
        return new SearchHit(ElementType.PASSAGE, PassageDoc.id(sourceId, passageStart), sourceId, first.start(),
                first.end(), matches, snippet, score);
    }

    /** A passage's source, from its doc value (passages do not store it: that would cost a field per passage). */
    private static String passageSource(IndexSnapshot snapshot, int docId) throws IOException {
        String source = KeywordValues.first(snapshot.getIndexReader(), docId, IndexSchema.SOURCE);
        if (source == null) {
            throw new IllegalStateException("passage without a source: document " + docId);
        }
        return source;
    }

    private static int intValue(IndexableField field) {
        return field == null ? -1 : field.numericValue().intValue();
    }
}
