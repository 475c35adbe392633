package org.dialectica.importer.tika.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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
 * OutOfMemoryError and a crash end in a clear error, and in every case the next file imports normally.
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
}
