package org.dialectica.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.dialectica.core.project.OpenProject;
import org.dialectica.importer.DocumentMetadata;
import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.ImportOptions;
import org.dialectica.importer.ImportReport;
import org.dialectica.importer.ImportService;
import org.dialectica.importer.ImporterRegistry;
import org.dialectica.importer.PassageTextBuilder;
import org.dialectica.importer.SourceImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * While an importer extracts one file of a batch, ImportService tells it which file comes next
 * ({@link SourceImporter#expect}), so that an importer parsing in another process can start on it early; and a
 * plugin's hint that hangs or throws harms no import. The importer is a service in the real framework, ranked above
 * the plain-text importer this bundle contributes.
 */
class ImportHintsTest {

    @TempDir
    Path dir;

    private final BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
    private final CountDownLatch endOfTest = new CountDownLatch(1);
    private final Set<String> hinted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger extracted = new AtomicInteger();
    private final AtomicBoolean hintedDuringExtraction = new AtomicBoolean();
    private ServiceRegistration<SourceImporter> registration;
    private ImportService importService;
    private ImporterRegistry registry;

    @BeforeEach
    void services() throws Exception {
        importService = TestProjects.service(ImportService.class);
        registry = TestProjects.service(ImporterRegistry.class);
    }

    @AfterEach
    void unregister() {
        endOfTest.countDown();
        if (registration != null) {
            registration.unregister();
        }
    }

    /**
     * An importer of .txt files that, extracting {@code waitIn}, waits up to 10 s for the hint about {@code awaited}
     * (any hint if {@code null}), and hears hints with {@code onHint}.
     */
    private void register(String id, String waitIn, String awaited, Runnable onHint) {
        registration = context.registerService(SourceImporter.class, new TxtImporterStub() {
            @Override
            public ExtractedDocument extract(Path file, ImportLimits limits) {
                extracted.incrementAndGet();
                if (file.getFileName().toString().equals(waitIn)) {
                    awaitHint(awaited);
                }
                try {
                    return new PassageTextBuilder().addBlock(Files.readString(file))
                            .build(new DocumentMetadata(null, null, null, null, "text/plain", null));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void expect(Path file, ImportLimits limits) {
                hinted.add(file.getFileName().toString());
                onHint.run();
            }
        }, new Hashtable<>(Map.of(ImporterRegistry.SERVICE_ID_PROPERTY, id, Constants.SERVICE_RANKING, 50)));
    }

    private void awaitHint(String awaited) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (awaited == null ? !hinted.isEmpty() : hinted.contains(awaited)) {
                hintedDuringExtraction.set(true);
                return;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void assertNoProblemWith(String id) {
        assertTrue(registry.problems().stream().noneMatch(p -> p.contribution().equals("importer " + id)),
                registry.problems().toString());
        assertTrue(registry.candidates("notes.txt", null).stream().anyMatch(d -> d.id().equals(id)), "still offered");
    }

    private ImportReport importFiles(int count) throws Exception {
        try (OpenProject project = TestProjects.create(dir.resolve("project"))) {
            List<Path> files = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                files.add(Files.writeString(dir.resolve("notes" + i + ".txt"), "Note " + i + ": reactor data."));
            }
            ImportReport report = importService.importPaths(project, files, ImportOptions.defaults(), null);
            assertTrue(report.isComplete(), report.toString());
            assertEquals(count, project.model().getSources().size(), report.toString());
            for (int i = 1; i <= count; i++) {
                assertEquals("Note " + i + ": reactor data.",
                        project.texts().text(project.model().getSources().get(i - 1)).strip());
            }
            return report;
        }
    }

    @Test
    void theImporterHearsOfTheNextFileWhileItExtractsTheOneBefore() throws Exception {
        register("test.hinted", "notes2.txt", "notes3.txt", () -> {
        });

        importFiles(3);

        assertTrue(hintedDuringExtraction.get(), "notes3.txt was announced while notes2.txt was extracted: " + hinted);
        assertEquals(3, extracted.get());
    }

    @Test
    void aHintThatHangsHarmsNoImport() throws Exception {
        register("test.hangingHint", "notes3.txt", null, () -> {
            while (true) { // deaf to interrupts, until the test ends
                try {
                    if (endOfTest.await(10, TimeUnit.SECONDS)) {
                        return;
                    }
                } catch (InterruptedException ignored) {
                    // a careless plugin
                }
            }
        });

        importFiles(4);

        assertEquals(4, extracted.get(), "every file went to the plugin's importer");
        assertNoProblemWith("test.hangingHint");
        assertTrue(hintedDuringExtraction.get(), "the hint was given (and hung): " + hinted);
    }

    @Test
    void aHintThatThrowsHarmsNoImport() throws Exception {
        register("test.throwingHint", "notes3.txt", null, () -> {
            throw new IllegalStateException("the plugin's bug");
        });

        importFiles(4);

        assertEquals(4, extracted.get(), "every file went to the plugin's importer, which is not disabled");
        assertNoProblemWith("test.throwingHint");
        assertTrue(hintedDuringExtraction.get(), "the hint was given (and threw): " + hinted);
    }
}
