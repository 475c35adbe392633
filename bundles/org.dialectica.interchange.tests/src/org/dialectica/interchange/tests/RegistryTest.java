package org.dialectica.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.List;

import org.dialectica.interchange.ArgumentExporter;
import org.dialectica.interchange.ArgumentReader;
import org.dialectica.interchange.ExportContext;
import org.dialectica.interchange.InterchangeRegistry;
import org.dialectica.interchange.InterchangeService;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/** The built-in formats come through the extension point; services add more; DS wires the service. */
class RegistryTest {

    private static final List<String> BUILT_IN_EXPORTERS = List.of("aif", "argdown", "csv", "html", "markdown");

    @Test
    void builtInFormatsAreContributedThroughTheExtensionPoint() {
        InterchangeRegistry registry = new InterchangeRegistry(RegistryFactory.getRegistry());
        assertEquals(BUILT_IN_EXPORTERS, registry.exporters().stream().map(ArgumentExporter::id).toList());
        assertEquals(List.of("aif", "argdown"), registry.readers().stream().map(ArgumentReader::id).toList());
        assertEquals("argdown", registry.readerFor("Debate.ARGDOWN").orElseThrow().id());
        assertEquals("aif", registry.readerFor("map.json").orElseThrow().id());
        assertTrue(registry.readerFor("README").isEmpty());
    }

    @Test
    void interchangeServiceIsADeclarativeServiceThatSeesServiceContributedFormats() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ArgumentExporter extra = new ArgumentExporter() {
            @Override
            public String id() {
                return "count";
            }

            @Override
            public String label() {
                return "Node count";
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
            public void export(ExportContext exportContext, OutputStream out) throws java.io.IOException {
                out.write(Integer.toString(exportContext.project().getNodes().size()).getBytes());
            }
        };
        ServiceRegistration<ArgumentExporter> registration = context.registerService(ArgumentExporter.class, extra, null);
        ServiceTracker<InterchangeService, InterchangeService> tracker = new ServiceTracker<>(context,
                InterchangeService.class, null);
        tracker.open();
        try {
            InterchangeService service = tracker.waitForService(10_000);
            assertNotNull(service, "InterchangeService is registered by DS");
            assertSame(extra, service.registry().exporter("count").orElseThrow());
            assertTrue(service.registry().exporter("aif").isPresent());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            service.export(new Fixtures.SampleProject().context(), "count", out);
            assertEquals("10", out.toString());
            registration.unregister();
            registration = null;
            assertTrue(service.registry().exporter("count").isEmpty(), "a service that goes away is forgotten");
        } finally {
            tracker.close();
            if (registration != null) {
                registration.unregister();
            }
        }
    }
}
