package org.dialectica.importer.tika.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;

import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.ImporterRegistry;
import org.dialectica.importer.SourceImporter;
import org.dialectica.importer.tika.TikaSourceImporter;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Tika importer is contributed through the extension point and picked for documents and unknown files. */
class TikaExtensionTest {

    @TempDir
    Path dir;

    @Test
    void registryPicksTikaForDocumentsAndAsTheFallback() throws Exception {
        try (ImporterRegistry registry = new ImporterRegistry().registerExtensions(RegistryFactory.getRegistry())) {
            assertEquals("org.dialectica.importer.tika", registry.candidates("paper.pdf", null).get(0).id());
            assertEquals("org.dialectica.importer.tika", registry.candidates("notes.xyz", null).get(0).id(),
                    "the catch-all lets Tika sniff unknown files");

            SourceImporter importer = registry.find("joint.docx", null).orElseThrow();
            assertInstanceOf(TikaSourceImporter.class, importer);
            assertEquals(Corpus.PARAGRAPHS.get(0),
                    Passages.paragraphs(importer.extract(Corpus.docx(dir, "joint.docx"), ImportLimits.defaults())).get(0));
        }
    }
}
