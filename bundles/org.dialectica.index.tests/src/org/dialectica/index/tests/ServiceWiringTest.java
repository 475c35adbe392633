package org.dialectica.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Set;
import java.util.TreeSet;

import org.dialectica.index.IndexService;
import org.dialectica.index.StructureFilter;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Inside Equinox, the index service is a DS component that picks up the model-backed is: filters. */
class ServiceWiringTest {

    @Test
    void indexServiceHasTheFourModelFilters() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(IndexService.class);
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start(Bundle.START_TRANSIENT);
        }
        BundleContext context = FrameworkUtil.getBundle(ServiceWiringTest.class).getBundleContext();
        ServiceTracker<IndexService, IndexService> tracker = new ServiceTracker<>(context, IndexService.class, null);
        tracker.open();
        try {
            IndexService service = tracker.waitForService(10_000);
            assertNotNull(service, "IndexService is registered");
            Set<String> names = new TreeSet<>();
            for (StructureFilter filter : service.structureFilters()) {
                names.add(filter.name());
            }
            assertEquals(Set.of("open-cq", "orphan", "unanswered", "unsupported"), names);
        } finally {
            tracker.close();
        }
    }
}
