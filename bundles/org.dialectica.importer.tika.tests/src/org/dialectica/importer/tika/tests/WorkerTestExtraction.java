package org.dialectica.importer.tika.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dialectica.importer.DocumentMetadata;
import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportException;
import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.PassageTextBuilder;
import org.dialectica.importer.tika.fork.Extraction;

/**
 * A misbehaving parser for the worker tests, steered by the file's content: "loop" never returns, "oom"
 * exhausts the heap, "crash" kills its JVM; anything else is returned as text.
 */
public class WorkerTestExtraction implements Extraction {

    @Override
    public ExtractedDocument extract(Path file, ImportLimits limits) throws ImportException {
        String content;
        try {
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
            default -> {
                // a normal file
            }
        }
        return new PassageTextBuilder().addBlock(content).build(new DocumentMetadata(null, null, null, null, "text/plain", null));
    }
}
