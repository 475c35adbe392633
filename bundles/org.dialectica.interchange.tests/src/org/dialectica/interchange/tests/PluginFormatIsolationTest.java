package org.dialectica.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.dialectica.core.plugins.ContributionProblem;
import org.dialectica.interchange.ArgumentExporter;
import org.dialectica.interchange.ArgumentReader;
import org.dialectica.interchange.ExportContext;
import org.dialectica.interchange.ImportedArguments;
import org.dialectica.interchange.InterchangeException;
import org.dialectica.interchange.InterchangeService;
import org.dialectica.model.Project;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A plugin's exporter or reader that throws, or never returns, fails only its own export or load, with a
 * message naming its bundle, and is not offered again; the built-in formats go on working. Its own
 * {@link InterchangeException} is a verdict on the input, not a fault. The formats are OSGi services
 * registered by this test bundle, so for Dialectica they are a plugin's.
 */
class PluginFormatIsolationTest {

    @TempDir
    Path dir;

    private InterchangeService service;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private ExportContext context;

    @BeforeEach
    void setUp() throws Exception {
        BundleContext bundle = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<InterchangeService, InterchangeService> tracker = new ServiceTracker<>(bundle,
                InterchangeService.class, null);
        tracker.open();
        service = tracker.waitForService(20_000);
        tracker.close();
        service.setPluginTimeLimit(Duration.ofMillis(500));
        Project project = new DialecticaFactoryWithIds("Tester").createProject();
        project.setName("Isolation");
        context = new ExportContext(project, null, null, dir, null);
    }

    @AfterEach
    void tearDown() {
        registrations.forEach(ServiceRegistration::unregister);
        service.setPluginTimeLimit(Duration.ofMinutes(2));
    }

    private void register(Class<?> type, Object format) {
        Dictionary<String, Object> properties = new Hashtable<>();
        registrations.add(FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(type.getName(),
                format, properties));
    }

    private String export(String id) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.export(context, id, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private ContributionProblem problem(String contribution) {
        return service.registry().problems().stream().filter(p -> p.contribution().equals(contribution)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem reported for " + contribution + ": "
                        + service.registry().problems()));
    }

    @Test
    void aThrowingExporterFailsItsExportIsDisabledAndTheOthersWork() throws Exception {
        register(ArgumentExporter.class, new TestExporter("broken-export") {
            @Override
            public void export(ExportContext context, OutputStream out) {
                throw new NullPointerException("bug in the plugin");
            }
        });
        InterchangeException failure = assertThrows(InterchangeException.class, () -> export("broken-export"));
        assertTrue(failure.getMessage().contains("exporter broken-export")
                && failure.getMessage().contains("org.dialectica.interchange.tests")
                && failure.getMessage().contains("disabled"), failure.getMessage());
        assertTrue(problem("exporter broken-export").message().contains("bug in the plugin"));
        assertTrue(service.registry().exporter("broken-export").isEmpty(), "no longer offered");
        assertTrue(export("aif").contains("\"nodes\""), "the built-in AIF exporter still works");
    }

    @Test
    void anExporterThatNeverReturnsIsAbandonedAndDisabled() throws Exception {
        register(ArgumentExporter.class, new TestExporter("stuck-export") {
            @Override
            public void export(ExportContext context, OutputStream out) {
                long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                while (System.nanoTime() < until) {
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException ignored) {
                        // a faulty plugin that does not stop when asked
                    }
                }
            }
        });
        long start = System.nanoTime();
        InterchangeException failure = assertThrows(InterchangeException.class, () -> export("stuck-export"));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(3)) < 0,
                "the caller did not wait for the stuck plugin");
        assertTrue(failure.getMessage().contains("did not return"), failure.getMessage());
        assertTrue(service.registry().exporter("stuck-export").isEmpty());
    }

    @Test
    void anExportersOwnErrorIsAVerdictNotAFault() throws Exception {
        register(ArgumentExporter.class, new TestExporter("picky-export") {
            @Override
            public void export(ExportContext context, OutputStream out) throws InterchangeException {
                throw new InterchangeException(null, "this format needs at least one claim");
            }
        });
        InterchangeException failure = assertThrows(InterchangeException.class, () -> export("picky-export"));
        assertTrue(failure.getMessage().contains("this format needs at least one claim")
                && !failure.getMessage().contains("disabled"), failure.getMessage());
        assertFalse(service.registry().exporter("picky-export").isEmpty(), "still offered");
        assertTrue(service.registry().problems().stream().noneMatch(p -> p.contribution().equals("exporter picky-export")));
    }

    @Test
    void aThrowingReaderFailsItsLoadAndIsDisabled() throws Exception {
        register(ArgumentReader.class, new ArgumentReader() {
            @Override
            public String id() {
                return "broken-reader";
            }

            @Override
            public String label() {
                return "Broken";
            }

            @Override
            public List<String> fileExtensions() {
                return List.of("brk");
            }

            @Override
            public ImportedArguments read(InputStream in, String fileName) {
                throw new IllegalStateException("cannot parse anything");
            }
        });
        Path file = Files.writeString(dir.resolve("debate.brk"), "anything");
        InterchangeException failure = assertThrows(InterchangeException.class, () -> service.read(file));
        assertTrue(failure.getMessage().contains("reader broken-reader"), failure.getMessage());
        assertTrue(problem("reader broken-reader").message().contains("cannot parse anything"));
        assertTrue(service.registry().readerFor("debate.brk").isEmpty(), "no longer offered");
    }

    /** An exporter with the descriptive parts filled in. */
    private abstract static class TestExporter implements ArgumentExporter {
        private final String id;

        TestExporter(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String label() {
            return id;
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public abstract void export(ExportContext context, OutputStream out) throws InterchangeException, IOException;
    }
}
