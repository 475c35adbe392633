package org.dialectica.cli.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.dialectica.cli.CliCommand;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Finds {@link CliCommand} services. Declarative Services may register them a moment after the application
 * starts, so the first lookup waits, but only up to a bounded time: a command whose component cannot be
 * satisfied (say, a missing service it references) must give a clear message, not a hang.
 */
public final class ServiceCommandLookup implements CommandLookup, AutoCloseable {

    private final ServiceTracker<CliCommand, CliCommand> tracker;
    private final long timeoutMillis;
    private boolean waited;

    public ServiceCommandLookup(BundleContext context, long timeoutMillis) {
        this.tracker = new ServiceTracker<>(context, CliCommand.class, null);
        this.timeoutMillis = timeoutMillis;
        tracker.open();
    }

    @Override
    public Optional<CliCommand> find(String name) {
        awaitFirstCommand();
        return services().filter(r -> name.equals(r.getProperty(CliCommand.NAME_PROPERTY))).findFirst()
                .map(tracker::getService);
    }

    @Override
    public List<CliCommand> all() {
        awaitFirstCommand();
        return services().map(tracker::getService).filter(c -> c != null)
                .sorted(Comparator.comparing(CliCommand::name)).toList();
    }

    @Override
    public void close() {
        tracker.close();
    }

    /**
     * All of Dialectica's commands are components of one bundle, registered together; once one is there, a
     * missing one is not coming. Waits once.
     */
    private void awaitFirstCommand() {
        if (waited) {
            return;
        }
        waited = true;
        try {
            tracker.waitForService(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Stream<ServiceReference<CliCommand>> services() {
        ServiceReference<CliCommand>[] references = tracker.getServiceReferences();
        return references == null ? Stream.empty() : Stream.of(references).sorted(Comparator.reverseOrder());
    }
}
