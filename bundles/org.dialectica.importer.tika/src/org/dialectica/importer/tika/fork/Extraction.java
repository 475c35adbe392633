package org.dialectica.importer.tika.fork;

import java.nio.file.Path;

import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportException;
import org.dialectica.importer.ImportLimits;

/**
 * One way of turning a file into an {@link ExtractedDocument}. Implementations that run inside the parse
 * worker process need a public no-argument constructor and may use only the JDK, the classes shipped with
 * their {@link WorkerSpec} and its libraries.
 */
public interface Extraction {

    ExtractedDocument extract(Path file, ImportLimits limits) throws ImportException;

    /**
     * The extraction in two steps: this call does what must be done with the file (the parse); the returned rest
     * needs only what the parse found (language detection, say), so the parse worker runs it on a thread of its own
     * while it parses the next file. By default all is done here.
     */
    default Rest extractInSteps(Path file, ImportLimits limits) throws ImportException {
        ExtractedDocument doc = extract(file, limits);
        return () -> doc;
    }

    /** What is left of an extraction after the parse. */
    interface Rest {
        ExtractedDocument finish() throws ImportException;
    }

    /** See {@link org.dialectica.importer.SourceImporter#expect}; does nothing by default. */
    default void expect(Path file, ImportLimits limits) {
        // no work ahead by default
    }
}
