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

    /** See {@link org.dialectica.importer.SourceImporter#expect}; does nothing by default. */
    default void expect(Path file, ImportLimits limits) {
        // no work ahead by default
    }
}
