package org.dialectica.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.ImporterDescriptor;
import org.dialectica.importer.ImporterRegistry;
import org.dialectica.importer.SourceImporter;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterRegistryTest {

    @TempDir
    Path dir;

    @Test
    void readsImportersContributedToTheExtensionPoint() throws Exception {
        ImporterRegistry registry = new ImporterRegistry().registerExtensions(RegistryFactory.getRegistry());

        List<String> ids = registry.descriptors().stream().map(ImporterDescriptor::id).toList();
        assertTrue(ids.contains("org.dialectica.importer.tests.plainText"), ids.toString());
        assertTrue(!ids.contains("org.dialectica.importer.tests.undeclared"),
                "an importer that declares no type or extension is ignored: " + ids);

        ImporterDescriptor plain = registry.candidates("notes.TXT", null).get(0);
        assertEquals("Plain text (test)", plain.name());
        assertEquals(5, plain.priority());
        assertEquals(Set.of("txt", "text"), plain.fileExtensions());

        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "Hello\r\n\r\nworld", StandardCharsets.UTF_8);
        SourceImporter importer = registry.find("notes.txt", null).orElseThrow();
        assertInstanceOf(PlainTextImporter.class, importer, "the class is created from the extension");
        ExtractedDocument doc = importer.extract(file, ImportLimits.defaults());
        assertEquals("Hello\n\nworld", doc.text());
    }

    @Test
    void specificBeatsFamilyBeatsCatchAllThenPriorityDecides() {
        ImporterRegistry registry = new ImporterRegistry()
                .register(descriptor("any", 1000, Set.of("*/*"), Set.of()))
                .register(descriptor("text-family", 500, Set.of("text/*"), Set.of()))
                .register(descriptor("md-low", 1, Set.of("text/markdown"), Set.of("md")))
                .register(descriptor("md-high", 100, Set.of(), Set.of(".MD")));

        assertEquals(List.of("md-high", "md-low", "text-family", "any"), ids(registry.candidates("notes.md", "text/markdown")));
        assertEquals(List.of("md-low", "text-family", "any"), ids(registry.candidates(null, "text/markdown; charset=UTF-8")));
        assertEquals(List.of("text-family", "any"), ids(registry.candidates("x.csv", "text/csv")));
        assertEquals(List.of("any"), ids(registry.candidates("x.bin", null)));
        assertEquals(List.of("any"), ids(registry.candidates("no-extension", "application/octet-stream")));
    }

    @Test
    void importersAreCreatedOnlyWhenPicked() {
        AtomicInteger created = new AtomicInteger();
        ImporterRegistry registry = new ImporterRegistry().register(new ImporterDescriptor("lazy", "Lazy", 0,
                Set.of("text/plain"), Set.of("txt"), () -> {
                    created.incrementAndGet();
                    return new PlainTextImporter();
                }));

        assertEquals(1, registry.candidates("a.txt", null).size());
        assertEquals(0, created.get(), "looking at candidates creates nothing");
        registry.find("a.txt", null).orElseThrow();
        registry.find("b.txt", null).orElseThrow();
        assertEquals(1, created.get(), "one instance per descriptor");
        assertTrue(registry.find("a.pdf", "application/pdf").isEmpty());
    }

    private static ImporterDescriptor descriptor(String id, int priority, Set<String> types, Set<String> extensions) {
        return new ImporterDescriptor(id, id, priority, types, extensions, PlainTextImporter::new);
    }

    private static List<String> ids(List<ImporterDescriptor> descriptors) {
        return descriptors.stream().map(ImporterDescriptor::id).toList();
    }
}
