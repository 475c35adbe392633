package org.dialectica.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.dialectica.importer.DocumentMetadata;
import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportLimits;
import org.dialectica.core.project.OpenProject;
import org.dialectica.importer.ImportOptions;
import org.dialectica.importer.ImportReport;
import org.dialectica.importer.ImportService;
import org.dialectica.importer.ImporterRegistry;
import org.dialectica.importer.PassageTextBuilder;
import org.dialectica.importer.SourceImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/** The services as the workbench and the CLI get them: wired by DS inside Equinox. */
class DeclarativeServicesTest {

    @TempDir
    Path dir;

    private static <T> T service(BundleContext context, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            return tracker.waitForService(30_000);
        } finally {
            tracker.close();
        }
    }

    @Test
    void importServiceUsesTheRegistryWithExtensionsAndServices() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ImportService importService = service(context, ImportService.class);
        ImporterRegistry registry = service(context, ImporterRegistry.class);
        assertNotNull(importService, "ImportService is registered by DS");
        assertEquals("org.dialectica.importer.tests.plainText", registry.candidates("a.txt", null).get(0).id(),
                "the registry read the extension point");

        SourceImporter shouting = new SourceImporter() {
            @Override
            public Set<String> mediaTypes() {
                return Set.of();
            }

            @Override
            public Set<String> fileExtensions() {
                return Set.of("shout");
            }

            @Override
            public ExtractedDocument extract(Path file, ImportLimits limits) {
                return new PassageTextBuilder().addBlock("LOUD")
                        .build(new DocumentMetadata("Shout", null, null, null, "text/x-shout", null));
            }
        };
        ServiceRegistration<SourceImporter> registration = context.registerService(SourceImporter.class, shouting,
                new java.util.Hashtable<>(java.util.Map.of(ImporterRegistry.SERVICE_ID_PROPERTY, "test.shout",
                        Constants.SERVICE_RANKING, 7)));
        try {
            assertEquals("test.shout", registry.candidates("x.shout", null).get(0).id());
            assertEquals(7, registry.candidates("x.shout", null).get(0).priority());

            try (OpenProject project = TestProjects.create(dir.resolve("project"))) {
                Path file = Files.writeString(dir.resolve("x.shout"), "quiet");
                ImportReport report = importService.importPaths(project, List.of(file), ImportOptions.defaults(),
                        null);
                assertTrue(report.isComplete(), report.toString());
                assertEquals("Shout", project.model().getSources().get(0).getTitle());
            }
        } finally {
            registration.unregister();
        }
        assertTrue(registry.candidates("x.shout", null).isEmpty(), "an unregistered service is forgotten");
    }
}
