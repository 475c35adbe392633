package org.dialectica.index.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.dialectica.index.ElementDoc;
import org.dialectica.index.ElementType;
import org.dialectica.index.PassageDoc;

/**
 * The index's fields and how passages and elements become Lucene documents. Change anything here
 * that alters what is on disk, and bump {@link #VERSION}: indexes of another version are rebuilt.
 */
public final class IndexSchema {

    /** Schema version, stored in the commit user data. */
    public static final String VERSION = "1";
    public static final String VERSION_KEY = "dialectica.index.schema";

    public static final String ID = "id";
    public static final String TYPE = "type";
    /** Only on passages: their source, so a source's passages are replaced atomically. */
    public static final String PASSAGE_OF = "passageOf";
    public static final String SOURCE = "source";
    public static final String SOURCE_TITLE = "sourceTitle";
    public static final String START = "start";
    public static final String END = "end";
    public static final String YEAR = "year";
    public static final String AUTHOR = "author";
    public static final String TAG = "tag";
    public static final String SCHEME = "scheme";
    public static final String KIND = "kind";
    public static final String STATE = "state";
    public static final String TEXT_PREFIX = "text_";

    /** Facet dimensions. */
    public static final List<String> FACET_DIMENSIONS = List.of(SOURCE, TYPE, TAG, YEAR);

    /** Stored, analysed text with offsets in the postings, so the highlighter needs no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS;
    static {
        TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final FacetsConfig facetsConfig = new FacetsConfig();

    public IndexSchema() {
        facetsConfig.setMultiValued(SOURCE, true);
        facetsConfig.setMultiValued(TAG, true);
        // Facet filters drill down to exact values only: one indexed term per value, not also one per dimension.
        for (String dimension : FACET_DIMENSIONS) {
            facetsConfig.setDrillDownTermsIndexing(dimension, FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
        }
    }

    public static String textField(String language) {
        return TEXT_PREFIX + language;
    }

    public static Map<String, String> commitData() {
        return Map.of(VERSION_KEY, VERSION);
    }

    public FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    public Document passage(PassageDoc passage) throws java.io.IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, passage.id(), Field.Store.YES));
        doc.add(new StringField(TYPE, ElementType.PASSAGE.label(), Field.Store.YES));
        doc.add(new StringField(PASSAGE_OF, passage.sourceId(), Field.Store.NO));
        doc.add(new StringField(SOURCE, passage.sourceId(), Field.Store.YES));
        if (passage.sourceTitle() != null) {
            doc.add(new TextField(SOURCE_TITLE, passage.sourceTitle(), Field.Store.NO));
        }
        doc.add(new StoredField(START, passage.start()));
        doc.add(new StoredField(END, passage.end()));
        if (passage.year() != null) {
            doc.add(new IntPoint(YEAR, passage.year()));
            doc.add(new NumericDocValuesField(YEAR, passage.year()));
            doc.add(new SortedSetDocValuesFacetField(YEAR, passage.year().toString()));
        }
        for (String author : passage.authors()) {
            doc.add(new TextField(AUTHOR, author, Field.Store.NO));
        }
        doc.add(new Field(textField(LanguageAnalyzers.normalize(passage.language())), passage.text(),
                TEXT_WITH_OFFSETS));
        doc.add(new SortedSetDocValuesFacetField(SOURCE, passage.sourceId()));
        doc.add(new SortedSetDocValuesFacetField(TYPE, ElementType.PASSAGE.label()));
        return facetsConfig.build(doc);
    }

    public Document element(ElementDoc element) throws java.io.IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, element.id(), Field.Store.YES));
        doc.add(new StringField(TYPE, element.type().label(), Field.Store.YES));
        for (String sourceId : element.sourceIds()) {
            if (sourceId.isBlank()) {
                continue;
            }
            doc.add(new StringField(SOURCE, sourceId, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(SOURCE, sourceId));
        }
        for (String tag : element.tags()) {
            if (tag.isBlank()) {
                continue;
            }
            doc.add(new StringField(TAG, keyword(tag), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(TAG, tag));
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
        doc.add(new SortedSetDocValuesFacetField(TYPE, element.type().label()));
        return facetsConfig.build(doc);
    }

    /** Keyword fields (tags, schemes, kinds, states) match case-insensitively. */
    public static String keyword(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
