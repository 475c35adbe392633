package org.dialectica.index.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.dialectica.index.ElementDoc;
import org.dialectica.index.ElementType;
import org.dialectica.index.PassageDoc;
import org.dialectica.index.SourceMetadata;

/**
 * The index's fields and how passages, sources and elements become Lucene documents. Change anything here
 * that alters what is on disk, and bump {@link #VERSION}: indexes of another version are rebuilt.
 * <p>
 * Passages are most of the index, so a passage document holds only what a search needs per passage: its
 * analysed text (stored, with offsets for the highlighter), its source (a term to filter by, a doc value to
 * count and to read), its type, offsets and year (a doc value, for the year facet). What all passages of a
 * source share (title, authors, year as a point) is indexed once, in one {@linkplain #SOURCE_DOC source document}
 * per source; {@code source:}, {@code author:} and {@code year:} find the matching sources there and then
 * filter by their ids. The index benchmark (docs/benchmarks.md) measured what each field group costs.
 * <p>
 * Lucene requires every document with a field to index it the same way (terms, doc values, points), so
 * fields shared by passages, sources and elements are added through one method each.
 */
public final class IndexSchema {

    /** Schema version, stored in the commit user data. */
    public static final String VERSION = "2";
    public static final String VERSION_KEY = "dialectica.index.schema";

    /** Elements and source documents: the model id. Passages have none stored (see {@link PassageDoc#id()}). */
    public static final String ID = "id";
    public static final String TYPE = "type";
    public static final String SOURCE = "source";
    public static final String START = "start";
    public static final String END = "end";
    /** On passages only: the source's year as a doc value, for the year facet. */
    public static final String YEAR = "year";
    public static final String AUTHOR = "author";
    public static final String TAG = "tag";
    public static final String SCHEME = "scheme";
    public static final String KIND = "kind";
    public static final String STATE = "state";
    public static final String TEXT_PREFIX = "text_";

    /** The {@link #TYPE} of source documents; not an {@link ElementType}, so never a search hit. */
    public static final String SOURCE_DOC = "source";
    public static final String SOURCE_TITLE = "sourceTitle";
    public static final String SOURCE_AUTHOR = "sourceAuthor";
    public static final String SOURCE_YEAR = "sourceYear";

    /** Facet dimensions. Year is counted from {@link #YEAR}, the others from their fields' doc values. */
    public static final List<String> FACET_DIMENSIONS = List.of(SOURCE, TYPE, TAG, YEAR);

    /** Stored, analysed text with offsets in the postings, so the highlighter needs no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS;
    static {
        TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private static final String PASSAGE = ElementType.PASSAGE.label();

    private IndexSchema() {
    }

    public static String textField(String language) {
        return TEXT_PREFIX + language;
    }

    public static Map<String, String> commitData() {
        return Map.of(VERSION_KEY, VERSION);
    }

    public static Document passage(PassageDoc passage) {
        Document doc = new Document();
        addType(doc, PASSAGE, Field.Store.NO);
        addSource(doc, passage.sourceId(), Field.Store.NO);
        doc.add(new StoredField(START, passage.start()));
        doc.add(new StoredField(END, passage.end()));
        if (passage.year() != null) {
            doc.add(new NumericDocValuesField(YEAR, passage.year()));
        }
        doc.add(new Field(textField(LanguageAnalyzers.normalize(passage.language())), passage.text(),
                TEXT_WITH_OFFSETS));
        return doc;
    }

    /** The source document of a source, from the metadata its passages carry. */
    public static Document source(PassageDoc anyPassage) {
        return source(anyPassage.sourceId(),
                new SourceMetadata(anyPassage.sourceTitle(), anyPassage.authors(), anyPassage.year()));
    }

    /** The source document of a source; what it holds is stored too, so that it can be compared with the model. */
    public static Document source(String sourceId, SourceMetadata metadata) {
        Document doc = new Document();
        doc.add(new StringField(ID, sourceId, Field.Store.NO));
        addType(doc, SOURCE_DOC, Field.Store.NO);
        addSource(doc, sourceId, Field.Store.NO); // read back from its doc value by source lookups
        if (metadata.title() != null) {
            doc.add(new TextField(SOURCE_TITLE, metadata.title(), Field.Store.YES));
        }
        for (String author : metadata.authors()) {
            doc.add(new TextField(SOURCE_AUTHOR, author, Field.Store.YES));
        }
        if (metadata.year() != null) {
            doc.add(new IntPoint(SOURCE_YEAR, metadata.year()));
            doc.add(new StoredField(SOURCE_YEAR, metadata.year()));
        }
        return doc;
    }

    /** What a source document holds, as {@link #source(String, SourceMetadata)} stored it. */
    public static SourceMetadata sourceMetadata(Document stored) {
        IndexableField year = stored.getField(SOURCE_YEAR);
        return new SourceMetadata(stored.get(SOURCE_TITLE), List.of(stored.getValues(SOURCE_AUTHOR)),
                year == null ? null : year.numericValue().intValue());
    }

    public static Document element(ElementDoc element) {
        Document doc = new Document();
        doc.add(new StringField(ID, element.id(), Field.Store.YES));
        addType(doc, element.type().label(), Field.Store.YES);
        for (String sourceId : element.sourceIds()) {
            if (!sourceId.isBlank()) {
                addSource(doc, sourceId, Field.Store.YES);
            }
        }
        for (String tag : element.tags()) {
            if (tag.isBlank()) {
                continue;
            }
            doc.add(new StringField(TAG, keyword(tag), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(TAG, new BytesRef(tag))); // the label the tag facet shows
        }
        if (element.scheme() != null) {
            doc.add(new StringField(SCHEME, keyword(element.scheme()), Field.Store.NO));
        }
        if (element.attackKind() != null) {
            doc.add(new StringField(KIND, keyword(element.attackKind()), Field.Store.NO));
        }
        for (String state : element.states()) {
            doc.add(new StringField(STATE, keyword(state), Field.Store.NO));
        }
        if (element.author() != null) {
            doc.add(new TextField(AUTHOR, element.author(), Field.Store.NO));
        }
        doc.add(new Field(textField(LanguageAnalyzers.normalize(element.language())), element.text(),
                TEXT_WITH_OFFSETS));
        return doc;
    }

    /** Type and source are keywords: a term to filter by, a doc value to count facets with and to read. */
    private static void addType(Document doc, String type, Field.Store store) {
        doc.add(new KeywordField(TYPE, type, store));
    }

    private static void addSource(Document doc, String sourceId, Field.Store store) {
        doc.add(new KeywordField(SOURCE, sourceId, store));
    }

    public static Query typeIs(String type) {
        return new TermQuery(new Term(TYPE, type));
    }

    /** The passages of a source, and its source document. */
    public static Query documentsOfSource(String sourceId) {
        Query passages = new BooleanQuery.Builder().add(new TermQuery(new Term(SOURCE, sourceId)), Occur.FILTER)
                .add(typeIs(PASSAGE), Occur.FILTER).build();
        return new BooleanQuery.Builder().add(passages, Occur.SHOULD).add(sourceDocument(sourceId), Occur.SHOULD)
                .build();
    }

    /** The source document of a source. */
    public static Query sourceDocument(String sourceId) {
        return new BooleanQuery.Builder().add(new TermQuery(new Term(ID, sourceId)), Occur.FILTER)
                .add(typeIs(SOURCE_DOC), Occur.FILTER).build();
    }

    /** Keyword fields (tags, schemes, kinds, states) match case-insensitively. */
    public static String keyword(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
