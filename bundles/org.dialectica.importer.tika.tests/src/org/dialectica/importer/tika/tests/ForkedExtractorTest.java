package org.dialectica.importer.tika.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportException;
import org.dialectica.importer.ImportException.Reason;
import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.tika.TikaSourceImporter;
import org.dialectica.importer.tika.fork.ForkedExtractor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worker process really contains a runaway parser: an endless loop is killed at the timeout, an
 * OutOfMemoryError and a crash end in a clear error, and in every case the next file imports normally. An expected
 * file is sent to the worker while it parses the one before, and nothing is mixed up when the expectation is wrong.
 */
class ForkedExtractorTest {

    private static final ImportLimits LIMITS = ImportLimits.defaults().withParseTimeout(Duration.ofSeconds(3))
            .withWorkerMaxHeapMb(64);

    @TempDir
    Path dir;

    private ForkedExtractor extractor;

    @BeforeEach
    void start() {
        extractor = new ForkedExtractor(
                TikaSourceImporter.workerSpec().withExtraction(WorkerTestExtraction.class), dir.resolve("cache"));
    }

    @AfterEach
    void stop() {
        extractor.close();
    }

    private Path file(String name, String content) throws Exception {
        return Corpus.write(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void assertStillWorks() throws Exception {
        assertEquals("fine afterwards", extractor.extract(file("ok.txt", "fine afterwards"), LIMITS).text());
    }

    @Test
    void endlessLoopIsKilledAtTheTimeoutAndTheCallerContinues() throws Exception {
        assertStillWorks();
        ImportException e = assertThrows(ImportException.class, () -> extractor.extract(file("stuck.txt", "loop"), LIMITS));
        assertEquals(Reason.TIMEOUT, e.reason());
        assertTrue(e.getMessage().startsWith("stuck.txt: parsing took longer than 3 s"), e.getMessage());
        assertStillWorks();
    }

    @Test
    void outOfMemoryInTheParserIsReportedAndTheWorkerReplaced() throws Exception {
        ImportException e = assertThrows(ImportException.class, () -> extractor.extract(file("hog.txt", "oom"), LIMITS));
        assertEquals(Reason.TOO_LARGE, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("64 MiB"), e.getMessage());
        assertStillWorks();
    }

    @Test
    void crashingParserIsReportedAsCorrupt() throws Exception {
        ImportException e = assertThrows(ImportException.class, () -> extractor.extract(file("boom.txt", "crash"), LIMITS));
        assertEquals(Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains("exit code 42"), e.getMessage());
        assertStillWorks();
    }

    @Test
    void cancelStopsARunningParse() throws Exception {
        ImportLimits patient = LIMITS.withParseTimeout(Duration.ofMinutes(5));
        Path stuck = file("stuck.txt", "loop");
        CompletableFuture<ImportException> failure = CompletableFuture.supplyAsync(() -> {
            try {
                extractor.extract(stuck, patient);
                return null;
            } catch (ImportException e) {
                return e;
            }
        });
        while (!failure.isDone()) { // cancel until the parse is running and gets stopped
            extractor.cancel();
            Thread.sleep(100);
        }
        ImportException e = failure.get(1, TimeUnit.MINUTES);
        assertEquals(Reason.IO, e.reason());
        assertTrue(e.getMessage().contains("cancelled"), e.getMessage());
        assertStillWorks();
    }

    @Test
    void anInterruptStopsARunningParse() throws Exception {
        // The answer is read on the caller's thread, where a pipe read does not heed interrupts: the watchdog must.
        ImportLimits patient = LIMITS.withParseTimeout(Duration.ofMinutes(5));
        Path stuck = file("stuck.txt", "loop");
        CompletableFuture<ImportException> failure = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                extractor.extract(stuck, patient);
                failure.complete(null);
            } catch (ImportException e) {
                failure.complete(e);
            }
        });
        caller.start();
        Thread.sleep(1_000); // the worker starts and the parse loops
        long start = System.nanoTime();
        caller.interrupt();
        ImportException e = failure.get(1, TimeUnit.MINUTES);
        assertEquals(Reason.IO, e.reason());
        assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 10_000, "stopped soon after the interrupt");
        assertStillWorks();
    }

    private List<String> started() {
        Path log = dir.resolve(WorkerTestExtraction.STARTED_LOG);
        try {
            return Files.exists(log) ? Files.readAllLines(log) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pid(ExtractedDocument doc) {
        return doc.metadata().properties().get(WorkerTestExtraction.PID);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "waited 30 s for: " + what);
            Thread.sleep(10);
        }
    }

    /** Starts extracting a file whose parse waits for {@link #release()}, and waits until the worker is on it. */
    private CompletableFuture<ExtractedDocument> startBusy() throws Exception {
        CompletableFuture<ExtractedDocument> running = extractAsync(file("busy.txt", "wait"));
        await("the worker parses busy.txt", () -> started().contains("busy.txt"));
        return running;
    }

    private CompletableFuture<ExtractedDocument> extractAsync(Path file) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return extractor.extract(file, LIMITS);
            } catch (ImportException e) {
                throw new CompletionException(e);
            }
        });
    }

    private void release(CompletableFuture<ExtractedDocument> busy) throws Exception {
        Files.createFile(dir.resolve(WorkerTestExtraction.RELEASE));
        assertEquals("wait", busy.get(1, TimeUnit.MINUTES).text());
    }

    @Test
    void anExpectedFileIsParsedAsSoonAsTheFileBeforeIsDone() throws Exception {
        String worker = pid(extractor.extract(file("first.txt", "first"), LIMITS));
        Path next = file("next.txt", "the next file");
        CompletableFuture<ExtractedDocument> busy = startBusy();

        extractor.expect(next, LIMITS);
        release(busy);

        // Nobody has asked for next.txt yet: the worker found its request waiting.
        await("the worker starts next.txt by itself", () -> started().contains("next.txt"));
        ExtractedDocument doc = extractor.extract(next, LIMITS);
        assertEquals("the next file", doc.text());
        assertEquals(worker, pid(doc), "the same worker");
        assertEquals(List.of("first.txt", "busy.txt", "next.txt"), started(), "each file parsed once");
    }

    @Test
    void anExpectedFileNotAskedForIsThrownAwayWithTheWorker() throws Exception {
        String worker = pid(extractor.extract(file("first.txt", "first"), LIMITS));
        CompletableFuture<ExtractedDocument> busy = startBusy();

        extractor.expect(file("unwanted.txt", "unwanted"), LIMITS);
        release(busy);
        await("the worker starts unwanted.txt", () -> started().contains("unwanted.txt"));

        ExtractedDocument doc = extractor.extract(file("other.txt", "the other file"), LIMITS);
        assertEquals("the other file", doc.text(), "not the answer about unwanted.txt");
        assertNotEquals(worker, pid(doc), "a new worker");
        assertStillWorks();
    }

    @Test
    void anExpectationIsIgnoredWhenTheWorkerIsIdleTheFileIsRefusedOrAlreadyStarted() throws Exception {
        String worker = pid(extractor.extract(file("first.txt", "first"), LIMITS));
        extractor.expect(file("idle.txt", "sent while idle"), LIMITS);
        CompletableFuture<ExtractedDocument> busy = startBusy();
        extractor.expect(dir.resolve("busy.txt"), LIMITS); // its extract has started
        extractor.expect(Files.createFile(dir.resolve("empty.txt")), LIMITS); // extract() refuses it before the worker
        release(busy);

        ExtractedDocument doc = extractor.extract(file("second.txt", "the second file"), LIMITS);
        assertEquals("the second file", doc.text());
        assertEquals(worker, pid(doc), "no request the worker should not have had");
        assertEquals(List.of("first.txt", "busy.txt", "second.txt"), started());
        assertFalse(started().contains("idle.txt"));
    }

    @Test
    void anExpectedFileStillHasItsTimeLimit() throws Exception {
        assertStillWorks();
        Path stuck = file("stuck.txt", "loop");
        CompletableFuture<ExtractedDocument> busy = startBusy();
        extractor.expect(stuck, LIMITS);
        release(busy);

        ImportException e = assertThrows(ImportException.class, () -> extractor.extract(stuck, LIMITS));
        assertEquals(Reason.TIMEOUT, e.reason());
        assertStillWorks();
    }

    @Test
    void whatIsLeftAfterTheParseIsDoneWhileTheWorkerParsesTheNextFile() throws Exception {
        assertStillWorks();
        Path first = file("first.txt", WorkerTestExtraction.FINISH_BESIDE_NEXT);
        Path next = file("next.txt", "the next file");
        CompletableFuture<ExtractedDocument> running = extractAsync(first);
        await("the worker parses first.txt", () -> started().contains("first.txt"));
        extractor.expect(next, LIMITS);

        assertEquals("finished while the next file was parsed", running.get(1, TimeUnit.MINUTES).text());
        assertEquals("the next file", extractor.extract(next, LIMITS).text(), "answers in the order asked");
    }

    @Test
    void anErrorAfterTheParseEndsTheWorkerAtOnceAndTheNextFileImports() throws Exception {
        // Left hanging, the worker would be killed at the 3 s timeout and the file reported as TIMEOUT.
        ImportException e = assertThrows(ImportException.class,
                () -> extractor.extract(file("broken.txt", WorkerTestExtraction.FINISH_MISSING_CLASS), LIMITS));
        assertEquals(Reason.CORRUPT, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("ended unexpectedly (exit code 4)"), e.getMessage());
        assertStillWorks();
    }
}
