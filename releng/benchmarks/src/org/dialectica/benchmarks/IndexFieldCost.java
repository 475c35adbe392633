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
 * Where index build time goes: builds 250,000 synthetic passages as raw Lucene (text only) and as Dialectica's
 * passage documents, then again leaving out one group of fields at a time (offsets, facets, source title and
 * author, year, stored keys), two rounds, and prints the times. The passage documents mirror
 * {@code IndexSchema.passage}; keep them in step. Run through index-field-cost.sh; prints only.
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
        String[] variants = {"raw", "full", "noOffsets", "noFacets", "noTitleAuthor", "noYear", "noStoredKeys"};
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
                        if (v.equals("raw")) {
                            doc.add(new TextField("text", texts[i], Field.Store.YES));
                            w.addDocument(doc);
                            continue;
                        }
                        int s = i / 1000;
                        String sid = "s" + s;
                        if (!v.equals("noStoredKeys")) {
                            doc.add(new StringField("id", "p" + i, Field.Store.YES));
                            doc.add(new StringField("type", "passage", Field.Store.YES));
                            doc.add(new StringField("passageOf", sid, Field.Store.NO));
                            doc.add(new StringField("source", sid, Field.Store.YES));
                            doc.add(new StoredField("start", i));
                            doc.add(new StoredField("end", i + 5));
                        }
                        if (!v.equals("noTitleAuthor")) {
                            doc.add(new TextField("sourceTitle", "Source " + s, Field.Store.NO));
                            doc.add(new TextField("author", "Author " + s % 100, Field.Store.NO));
                        }
                        if (!v.equals("noYear")) {
                            doc.add(new IntPoint("year", 1950 + s % 70));
                            doc.add(new NumericDocValuesField("year", 1950 + s % 70));
                            if (!v.equals("noFacets")) doc.add(new SortedSetDocValuesFacetField("year", Integer.toString(1950 + s % 70)));
                        }
                        doc.add(v.equals("noOffsets") ? new TextField("text_en", texts[i], Field.Store.YES) : new Field("text_en", texts[i], offsets));
                        if (!v.equals("noFacets")) {
                            doc.add(new SortedSetDocValuesFacetField("source", sid));
                            doc.add(new SortedSetDocValuesFacetField("type", "passage"));
                            w.addDocument(fc.build(doc));
                        } else {
                            w.addDocument(doc);
                        }
                    }
                    w.commit();
                }
                System.out.printf("round %d %-14s %.2f s%n", round, v, (System.nanoTime() - t) / 1e9);
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }
}
