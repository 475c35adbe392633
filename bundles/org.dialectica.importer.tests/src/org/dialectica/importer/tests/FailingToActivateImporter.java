package org.dialectica.importer.tests;

import java.nio.file.Path;
import java.util.Set;

import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportException;
import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.SourceImporter;

/**
 * A plugin's DS component that cannot start: Declarative Services must keep it away from the registry.
 * <p>
 * Described by hand in {@code OSGI-INF/failing-importer.xml}, not by annotations: the tests run this bundle from its
 * project folder, whose manifest is the source one, and the header the annotation processing adds to the built jar's
 * manifest would be missing there; the component would never be seen.
 */
public class FailingToActivateImporter implements SourceImporter {

    void activate() {
        throw new IllegalStateException("cannot start: the licence key is missing");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of();
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("boom", "txt");
    }

    @Override
    public ExtractedDocument extract(Path file, ImportLimits limits) throws ImportException {
        throw new AssertionError("never activated, so never called");
    }
}
