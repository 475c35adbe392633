package org.dialectica.importer.tika.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dialectica.importer.DocumentMetadata;
import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportException;
import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.PassageTextBuilder;
import org.dialectica.importer.tika.fork.Extraction;

/**
 * A misbehaving parser for the worker tests, steered by the file's content: "loop" never returns, "oom"
 * exhausts the heap, "crash" kills its JVM, "wait" returns once a file {@code release} exists beside it; anything
 * else is returned as text. Each file's name is appended to {@code started.log} beside it when its parse starts, and
 * the document's property {@code pid} names the worker process. The rest of the extraction of "finish-beside-next"
 * ({@link #extractInSteps}) waits up to 10 s for another file's parse to start, and says whether it did; that of
 * "finish-missing-class" throws a NoClassDefFoundError.
 */
public class WorkerTestExtraction implements Extraction {

    static final String STARTED_LOG = "started.log";
    static final String RELEASE = "release";
    static final String PID = "pid";

    static final String FINISH_BESIDE_NEXT = "finish-beside-next";
    static final String FINISH_MISSING_CLASS = "finish-missing-class";

    @Override
    public Rest extractInSteps(Path file, ImportLimits limits) throws ImportException {
        ExtractedDocument parsed = extract(file, limits);
        if (parsed.text().equals(FINISH_MISSING_CLASS)) {
            return () -> {
                throw new NoClassDefFoundError("org/example/LanguageModel");
            };
        }
        if (!parsed.text().equals(FINISH_BESIDE_NEXT)) {
            return () -> parsed;
        }
        return () -> {
            Path log = file.resolveSibling(STARTED_LOG);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (System.nanoTime() < deadline) {
                try {
                    List<String> started = Files.readAllLines(log);
                    if (!started.get(started.size() - 1).equals(file.getFileName().toString())) {
                        return text("finished while the next file was parsed");
                    }
                    Thread.sleep(10);
                } catch (IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
            return text("finished alone");
        };
    }

    private static ExtractedDocument text(String text) {
        return new PassageTextBuilder().addBlock(text).build(new DocumentMetadata(null, null, null, null,
                "text/plain", Map.of(PID, Long.toString(ProcessHandle.current().pid()))));
    }

    @Override
    public ExtractedDocument extract(Path file, ImportLimits limits) throws ImportException {
        String content;
        try {
            Files.writeString(file.resolveSibling(STARTED_LOG), file.getFileName() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            content = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new ImportException(ImportException.Reason.IO, file.getFileName().toString(), e.getMessage(), e);
        }
        switch (content) {
            case "loop" -> {
                long spins = 0;
                while (spins >= 0) { // a parser stuck in an endless loop, deaf to interrupts
                    spins++;
                }
                throw new AssertionError(spins);
            }
            case "oom" -> {
                List<long[]> hog = new ArrayList<>();
                while (true) {
                    hog.add(new long[1 << 20]);
                }
            }
            case "crash" -> Runtime.getRuntime().halt(42);
            case "wait" -> {
                while (!Files.exists(file.resolveSibling(RELEASE))) {
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                }
            }
            default -> {
                // a normal file
            }
        }
        return text(content);
    }
}
