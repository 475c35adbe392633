package org.dialectica.importer.tests;

import java.nio.file.Path;
import java.util.Set;

import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportException;
import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.ImporterRegistry;
import org.dialectica.importer.SourceImporter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** A plugin's DS component that cannot start: Declarative Services must keep it away from the registry. */
@Component(service = SourceImporter.class, property = {
        ImporterRegistry.SERVICE_ID_PROPERTY + "=test.failsToActivate", "service.ranking:Integer=60" })
public class FailingToActivateImporter implements SourceImporter {

    @Activate
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
