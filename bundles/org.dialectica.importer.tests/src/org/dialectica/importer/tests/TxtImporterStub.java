package org.dialectica.importer.tests;

import java.util.Set;

import org.dialectica.importer.SourceImporter;

/** A plugin's importer of .txt files, for tests that register one as a service: only {@code extract} differs. */
abstract class TxtImporterStub implements SourceImporter {

    @Override
    public Set<String> mediaTypes() {
        return Set.of();
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("txt");
    }
}
