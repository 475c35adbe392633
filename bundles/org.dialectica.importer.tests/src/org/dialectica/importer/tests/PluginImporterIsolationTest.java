package org.dialectica.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.dialectica.core.plugins.ContributionProblem;
import org.dialectica.core.plugins.FailedComponents;
import org.dialectica.core.project.OpenProject;
import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.ImportOptions;
import org.dialectica.importer.ImportReport;
import org.dialectica.importer.ImportService;
import org.dialectica.importer.ImporterRegistry;
import org.dialectica.importer.SourceImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * A plugin's importer that throws, cannot load a class, or never returns, registered as a service in the real
 * framework with a higher rank than the plain-text importer this bundle contributes: the import still succeeds with
 * the next importer, and the faulty one is disabled with a message naming its bundle.
 */
class PluginImporterIsolationTest {

    private static final String THIS_BUNDLE = "org.dialectica.importer.tests";

    @TempDir
    Path dir;

    private final BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
    private final CountDownLatch endOfTest = new CountDownLatch(1);
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final AtomicInteger faultyCalls = new AtomicInteger();
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
        registrations.forEach(ServiceRegistration::unregister);
    }


    private void register(String id, Faulty behaviour) {
        registrations.add(context.registerService(SourceImporter.class, new TxtImporterStub() {
            @Override
            public ExtractedDocument extract(Path file, ImportLimits limits) {
                faultyCalls.incrementAndGet();
                return behaviour.extract();
            }
        }, new Hashtable<>(Map.of(ImporterRegistry.SERVICE_ID_PROPERTY, id, Constants.SERVICE_RANKING, 50))));
    }

    private interface Faulty {
        ExtractedDocument extract();
    }

    /**
     * Imports three text files in one batch: while the first is extracted the next is queued for the same importer,
     * so a faulty importer is met once, and the files queued behind it go to the next importer.
     */
    private ImportReport importText(ImportLimits limits) throws Exception {
        try (OpenProject project = TestProjects.create(dir.resolve("project"))) {
            List<Path> files = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                files.add(Files.writeString(dir.resolve("notes" + i + ".txt"), "Note " + i + ": reactor data."));
            }
            ImportOptions options = ImportOptions.defaults();
            options = new ImportOptions(options.includes(), options.excludes(), options.recursive(),
                    options.skipHidden(), limits, options.author());
            ImportReport report = importService.importPaths(project, files, options, null);
            assertTrue(report.isComplete(), report.toString());
            assertEquals(3, project.model().getSources().size(), report.toString());
            for (int i = 1; i <= 3; i++) {
                assertEquals("Note " + i + ": reactor data.",
                        project.texts().text(project.model().getSources().get(i - 1)).strip(),
                        "imported by the plain-text importer, in order");
            }
            return report;
        }
    }

    private ContributionProblem problemOf(String id) {
        List<ContributionProblem> problems = registry.problems().stream()
                .filter(p -> p.contribution().equals("importer " + id)).toList();
        assertEquals(1, problems.size(), registry.problems().toString());
        assertTrue(problems.get(0).bundle().startsWith(THIS_BUNDLE + " "), problems.get(0).bundle());
        assertTrue(registry.candidates("notes.txt", null).stream().noneMatch(d -> d.id().equals(id)), "not offered");
        assertEquals(1, faultyCalls.get(), "called for the first file only: the next files, queued behind it, "
                + "went to the next importer once it was disabled");
        return problems.get(0);
    }

    @Test
    void aComponentThatFailsToActivateNeverReachesTheRegistry() throws Exception {
        // FailingToActivateImporter (a DS component of this bundle) throws in @Activate; SCR logs that and binds
        // nothing, so its "txt" never competes with the plain-text importer.
        assertTrue(registry.candidates("x.boom", null).isEmpty(), registry.descriptors().toString());
        assertTrue(registry.candidates("notes.txt", null).stream().noneMatch(d -> d.id().equals("test.failsToActivate")));

        importText(ImportLimits.defaults());

        // What the workbench shows at start: the runtime's own record of the failure, naming the plugin.
        List<ContributionProblem> failed = FailedComponents.find(TestProjects.service(ServiceComponentRuntime.class));
        ContributionProblem problem = failed.stream()
                .filter(p -> p.contribution().equals("component " + FailingToActivateImporter.class.getName()))
                .findFirst().orElseThrow(() -> new AssertionError(failed.toString()));
        assertTrue(problem.bundle().startsWith(THIS_BUNDLE + " "), problem.bundle());
        assertTrue(problem.message().startsWith("its component FailingToActivateImporter failed to start: ")
                && problem.message().contains("licence key"),
                problem.message());
        assertTrue(failed.stream().noneMatch(p -> p.contribution().contains("ImportService")),
                "components that started are not listed: " + failed);
    }

    @Test
    void aThrowingImporterIsDisabledAndTheNextOneImports() throws Exception {
        register("test.throwing", () -> {
            throw new IllegalStateException("the plugin's bug");
        });
        assertEquals("test.throwing", registry.candidates("notes.txt", null).get(0).id(), "ranked first");

        importText(ImportLimits.defaults());

        assertTrue(problemOf("test.throwing").message().contains("the plugin's bug"));
    }

    @Test
    void anImporterMissingAClassIsDisabledAndTheNextOneImports() throws Exception {
        register("test.linkage", () -> {
            throw new NoClassDefFoundError("org/example/pdf/Parser");
        });

        importText(ImportLimits.defaults());

        assertTrue(problemOf("test.linkage").message().contains("org/example/pdf/Parser"));
    }

    @Test
    void anImporterThatNeverReturnsIsAbandonedAndTheNextOneImports() throws Exception {
        register("test.stuck", () -> {
            while (true) { // deaf to interrupts and cancel, until the test ends
                try {
                    if (endOfTest.await(10, TimeUnit.SECONDS)) {
                        return null;
                    }
                } catch (InterruptedException ignored) {
                    // a careless plugin
                }
            }
        });
        long start = System.nanoTime();

        importText(ImportLimits.defaults().withParseTimeout(Duration.ofMillis(300)));

        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis < 5_000, "gave up after the time limit (300 ms + 300 ms grace): " + millis + " ms");
        assertTrue(problemOf("test.stuck").message().contains("did not return within 600 ms"),
                problemOf("test.stuck").message());
    }
}
