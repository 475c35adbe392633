package org.dialectica.lib.lucene.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that Lucene works inside Equinox, not only on a flat class path: the codec is found through
 * Java's ServiceLoader from inside the library bundle, an index is written to and read from disk, and
 * analysis, query parsing and highlighting from the other Lucene modules resolve.
 */
class LuceneInOsgiTest {

    private static final List<String> PASSAGES = List.of(
            "The presidents spoke out for establishing real coordination of actions between Russia and the USA.",
            "US Armed Forces leaders were concerned that the need to share information with Russia would reveal how the US military uses intelligence.",
            "Indeed, the sharing of intelligence data is one of the most sensitive issues even among true allies.");

    @Test
    void codecsAreFoundThroughServiceLoader() {
        Codec codec = Codec.getDefault();
        assertTrue(Codec.availableCodecs().contains(codec.getName()), "default codec is registered: " + codec.getName());
        assertEquals(codec.getName(), Codec.forName(codec.getName()).getName());
    }

    @Test
    void indexesOnDiskAndSearchesWithHighlighting(@TempDir Path dir) throws Exception {
        Analyzer analyzer = new EnglishAnalyzer();
        try (Directory directory = FSDirectory.open(dir.resolve("index"))) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < PASSAGES.size(); i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", "p" + i, Field.Store.YES));
                    doc.add(new TextField("text", PASSAGES.get(i), Field.Store.YES));
                    writer.addDocument(doc);
                }
            }
            assertTrue(Files.list(dir.resolve("index")).anyMatch(p -> p.getFileName().toString().startsWith("segments")),
                    "a commit point was written to disk");

            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                // "shared" is stemmed by the English analyzer and must match "share" and "sharing".
                Query query = new QueryParser("text", analyzer).parse("shared AND intelligence");
                TopDocs top = searcher.search(query, 10);
                assertEquals(2, top.totalHits.value(), "two passages speak of sharing intelligence");

                UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
                String[] snippets = highlighter.highlight("text", query, top);
                for (String snippet : snippets) {
                    assertTrue(snippet.contains("<b>intelligence</b>"), snippet);
                }
                ScoreDoc best = top.scoreDocs[0];
                String id = searcher.storedFields().document(best.doc).get("id");
                assertTrue(id.equals("p1") || id.equals("p2"), id);
            }
        }
    }
}
