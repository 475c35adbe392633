package org.dialectica.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.dialectica.index.IndexLockedException;
import org.dialectica.index.IndexService;
import org.dialectica.index.OpenOutcome;
import org.dialectica.index.ProjectIndex;
import org.dialectica.index.SearchRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing, damaged, outdated or stale index is rebuilt from the content; nothing else is touched. */
class SelfHealingTest {

    @TempDir
    Path project;
    Path indexDir;
    Corpus corpus = new Corpus();

    @BeforeEach
    void buildHealthyIndexBesideModelFiles() throws Exception {
        Files.writeString(project.resolve("dialectica.xmi"), "<model stand-in/>");
        Files.createDirectories(project.resolve("sources"));
        Files.writeString(project.resolve("sources/abc.txt"), Corpus.SMOKING);
        indexDir = project.resolve(IndexService.INDEX_FOLDER);
        try (ProjectIndex index = Corpus.service().open(project, corpus)) {
            assertEquals(OpenOutcome.CREATED, index.openOutcome());
        }
    }

    private ProjectIndex reopen(List<long[]> progress) throws IOException {
        return Corpus.service().open(project, corpus, (done, total) -> progress.add(new long[] {done, total}));
    }

    private void assertRebuiltAs(OpenOutcome... expected) throws Exception {
        Map<String, String> before = modelFiles();
        List<long[]> progress = new ArrayList<>();
        try (ProjectIndex index = reopen(progress)) {
            assertTrue(List.of(expected).contains(index.openOutcome()), index.openOutcome().toString());
            assertEquals(corpus.documentCount(), index.documentCount());
            assertEquals(4, index.search(new SearchRequest("cancer")).total());
        }
        assertTrue(!progress.isEmpty(), "rebuilding reports progress");
        assertEquals(corpus.documentCount(), progress.get(progress.size() - 1)[0]);
        assertEquals(before, modelFiles(), "nothing outside the index folder changed");
        try (ProjectIndex index = reopen(new ArrayList<>())) {
            assertEquals(OpenOutcome.OPENED, index.openOutcome(), "the rebuilt index is healthy");
        }
    }

    @Test
    void healthyIndexOpensAsItIs() throws Exception {
        List<long[]> progress = new ArrayList<>();
        try (ProjectIndex index = reopen(progress)) {
            assertEquals(OpenOutcome.OPENED, index.openOutcome());
            assertEquals(corpus.documentCount(), index.documentCount());
        }
        assertTrue(progress.isEmpty(), "no rebuild, no progress");
    }

    @Test
    void deletedIndexFolderIsRebuilt() throws Exception {
        deleteTree(indexDir);
        assertRebuiltAs(OpenOutcome.CREATED);
    }

    @Test
    void missingSegmentsFileIsRebuilt() throws Exception {
        for (Path file : files("segments_")) {
            Files.delete(file);
        }
        assertRebuiltAs(OpenOutcome.REBUILT_CORRUPT);
    }

    @Test
    void missingDataFileIsRebuilt() throws Exception {
        Path victim = largestDataFile();
        Files.delete(victim);
        assertRebuiltAs(OpenOutcome.REBUILT_CORRUPT);
    }

    @Test
    void flippedBytesInTheMiddleOfAFileAreDetected() throws Exception {
        Path victim = largestDataFile();
        try (RandomAccessFile file = new RandomAccessFile(victim.toFile(), "rw")) {
            long middle = file.length() / 2;
            file.seek(middle);
            int b = file.read();
            file.seek(middle);
            file.write(b ^ 0xFF);
        }
        assertRebuiltAs(OpenOutcome.REBUILT_CORRUPT);
    }

    @Test
    void truncatedFileIsRebuilt() throws Exception {
        Path victim = largestDataFile();
        try (FileChannel channel = FileChannel.open(victim, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 3);
        }
        assertRebuiltAs(OpenOutcome.REBUILT_CORRUPT);
    }

    @Test
    void garbageSegmentsFileIsRebuilt() throws Exception {
        for (Path file : files("segments_")) {
            Files.write(file, "not an index at all".getBytes());
        }
        // Lucene reports a commit without its magic header as a too-old format: either way, rebuilt.
        assertRebuiltAs(OpenOutcome.REBUILT_CORRUPT, OpenOutcome.REBUILT_OUTDATED);
    }

    @Test
    void indexOfAnotherSchemaVersionIsRebuilt() throws Exception {
        deleteTree(indexDir);
        try (FSDirectory dir = FSDirectory.open(indexDir);
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField("id", "from-an-old-version", Field.Store.YES));
            writer.addDocument(doc);
            writer.setLiveCommitData(Map.of("dialectica.index.schema", "0").entrySet());
            writer.commit();
        }
        assertRebuiltAs(OpenOutcome.REBUILT_OUTDATED);
    }

    @Test
    void uncommittedChangesLostInACrashAreRebuilt() throws Exception {
        // A crash leaves the marker written before the first uncommitted change.
        Files.createFile(indexDir.resolve("dialectica-uncommitted"));
        assertRebuiltAs(OpenOutcome.REBUILT_STALE);
    }

    @Test
    void explicitRebuildReplacesEverything() throws Exception {
        try (ProjectIndex index = reopen(new ArrayList<>())) {
            corpus.elements.clear();
            List<long[]> progress = new ArrayList<>();
            index.rebuild(corpus, (done, total) -> progress.add(new long[] {done, total}));
            assertEquals(corpus.documentCount(), index.documentCount());
            assertEquals(1, index.search(new SearchRequest("cancer")).total());
            assertTrue(!progress.isEmpty());
        }
    }

    @Test
    void indexHeldByAnotherWriterIsLeftAlone() throws Exception {
        try (ProjectIndex first = reopen(new ArrayList<>())) {
            Map<String, String> indexBefore = hashes(indexDir);
            assertThrows(IndexLockedException.class, () -> reopen(new ArrayList<>()));
            assertEquals(indexBefore, hashes(indexDir));
            assertEquals(corpus.documentCount(), first.documentCount());
        }
    }

    private Path largestDataFile() throws IOException {
        try (Stream<Path> files = Files.list(indexDir)) {
            return files.filter(p -> !p.getFileName().toString().startsWith("segments")
                    && !p.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
    }

    private List<Path> files(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(indexDir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    private Map<String, String> modelFiles() throws Exception {
        Map<String, String> all = hashes(project);
        all.keySet().removeIf(name -> name.startsWith(".dialectica"));
        return all;
    }

    private static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.getFileName().toString().equals("write.lock")) {
                    continue;
                }
                hashes.put(root.relativize(file).toString(), HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return hashes;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
