package org.dialectica.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Where index build time goes: builds 250,000 synthetic passages as raw Lucene (text only), as Dialectica's
 * passage documents (schema 2: text with offsets, source and type as keywords (term and doc value), year doc
 * value, stored offsets; one source document per 1,000 passages), then leaving out one group of fields at a time,
 * and as schema 1 did it (source title, authors and year on every passage, facet fields, stored keys), two rounds,
 * and prints the times. The documents mirror {@code IndexSchema}; keep them in step. Run through
 * index-field-cost.sh; prints only.
 */
public class IndexFieldCost {
    public static void main(String[] a) throws Exception {
        int n = 250_000;
        SyntheticCorpus corpus = new SyntheticCorpus(50_000);
        String[] texts = new String[n];
        IntStream.range(0, n).parallel().forEach(i -> texts[i] = corpus.passage(i));
        FieldType offsets = new FieldType(TextField.TYPE_STORED);
        offsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        offsets.freeze();
        String[] variants = {"raw", "schema2", "noOffsets", "noDocValues", "noStoredOffsets", "schema1"};
        for (int round = 0; round < 2; round++) {
            for (String v : variants) {
                Path dir = Files.createTempDirectory("fc");
                FacetsConfig fc = new FacetsConfig();
                fc.setMultiValued("source", true);
                for (String d : List.of("source", "type", "year")) fc.setDrillDownTermsIndexing(d, FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
                long t = System.nanoTime();
                try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new EnglishAnalyzer()).setRAMBufferSizeMB(64))) {
                    for (int i = 0; i < n; i++) {
                        Document doc = new Document();
                        int s = i / 1000;
                        String sid = "s" + s;
                        int year = 1950 + s % 70;
                        switch (v) {
                            case "raw" -> doc.add(new TextField("text", texts[i], Field.Store.YES));
                            case "schema1" -> {
                                doc.add(new StringField("id", "p" + i, Field.Store.YES));
                                doc.add(new StringField("type", "passage", Field.Store.YES));
                                doc.add(new StringField("passageOf", sid, Field.Store.NO));
                                doc.add(new StringField("source", sid, Field.Store.YES));
                                doc.add(new StoredField("start", i));
                                doc.add(new StoredField("end", i + 5));
                                doc.add(new TextField("sourceTitle", "Source " + s, Field.Store.NO));
                                doc.add(new TextField("author", "Author " + s % 100, Field.Store.NO));
                                doc.add(new IntPoint("year", year));
                                doc.add(new NumericDocValuesField("year", year));
                                doc.add(new SortedSetDocValuesFacetField("year", Integer.toString(year)));
                                doc.add(new Field("text_en", texts[i], offsets));
                                doc.add(new SortedSetDocValuesFacetField("source", sid));
                                doc.add(new SortedSetDocValuesFacetField("type", "passage"));
                                doc = fc.build(doc);
                            }
                            default -> {
                                if (i % 1000 == 0) { // the source document
                                    Document source = new Document();
                                    source.add(new StringField("id", sid, Field.Store.NO));
                                    source.add(v.equals("noDocValues") ? new StringField("source", sid, Field.Store.NO)
                                            : new KeywordField("source", sid, Field.Store.NO));
                                    source.add(v.equals("noDocValues") ? new StringField("type", "source", Field.Store.NO)
                                            : new KeywordField("type", "source", Field.Store.NO));
                                    source.add(new TextField("sourceTitle", "Source " + s, Field.Store.NO));
                                    source.add(new TextField("sourceAuthor", "Author " + s % 100, Field.Store.NO));
                                    source.add(new IntPoint("sourceYear", year));
                                    w.addDocument(source);
                                }
                                if (v.equals("noDocValues")) {
                                    doc.add(new StringField("type", "passage", Field.Store.NO));
                                    doc.add(new StringField("source", sid, Field.Store.NO));
                                } else {
                                    doc.add(new KeywordField("type", "passage", Field.Store.NO));
                                    doc.add(new KeywordField("source", sid, Field.Store.NO));
                                    doc.add(new NumericDocValuesField("year", year));
                                }
                                if (!v.equals("noStoredOffsets")) {
                                    doc.add(new StoredField("start", i));
                                    doc.add(new StoredField("end", i + 5));
                                }
                                doc.add(v.equals("noOffsets") ? new TextField("text_en", texts[i], Field.Store.YES)
                                        : new Field("text_en", texts[i], offsets));
                            }
                        }
                        w.addDocument(doc);
                    }
                    w.commit();
                }
                System.out.printf("round %d %-16s %.2f s%n", round, v, (System.nanoTime() - t) / 1e9);
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }
}
