package org.dialectica.importer.tests;

import java.nio.file.Path;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Services as DS wires them in the test runtime, and real projects made through core's ProjectService. */
final class TestProjects {

    private TestProjects() {
    }

    static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(TestProjects.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(30_000);
            if (service == null) {
                throw new IllegalStateException(type.getSimpleName() + " is not registered");
            }
            return service;
        } finally {
            tracker.close();
        }
    }

    /** A new project in {@code directory}, open, with the real store, locking and command stack. Close it. */
    static OpenProject create(Path directory) throws Exception {
        return service(ProjectService.class).create(directory, "test", null);
    }
}
