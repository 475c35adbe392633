package org.dialectica.importer.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.dialectica.importer.DocumentMetadata;
import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportChecks;
import org.dialectica.importer.ImportException;
import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.PassageTextBuilder;
import org.dialectica.importer.SourceImporter;

/** The smallest honest importer, written the way a contributor would: UTF-8 text files. */
public class PlainTextImporter implements SourceImporter {

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/plain");
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("txt");
    }

    @Override
    public ExtractedDocument extract(Path file, ImportLimits limits) throws ImportException {
        ImportChecks.checkFile(file, limits);
        try {
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            ExtractedDocument doc = new PassageTextBuilder().addBlock(raw)
                    .build(new DocumentMetadata(null, null, null, null, "text/plain", null));
            if (doc.text().isEmpty()) {
                throw new ImportException(ImportException.Reason.EMPTY, ImportChecks.displayName(file), "no text");
            }
            return doc;
        } catch (IOException e) {
            throw new ImportException(ImportException.Reason.CORRUPT, ImportChecks.displayName(file),
                    "not UTF-8 text", e);
        }
    }
}
