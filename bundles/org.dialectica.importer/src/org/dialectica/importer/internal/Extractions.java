package org.dialectica.importer.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.dialectica.core.plugins.ContributionFailedException;
import org.dialectica.core.plugins.Contributions;
import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportException;
import org.dialectica.importer.ImportException.Reason;
import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.ImporterDescriptor;
import org.dialectica.importer.ImporterRegistry;
import org.dialectica.importer.SourceImporter;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Calls the importers for one batch: each file with the best importer the registry offers, on one guard thread,
 * within the parse timeout, and asking the importer to stop as soon as the user cancels.
 * <p>
 * {@link #start} queues a file's extraction behind the one running, so the guard thread goes from file to file
 * while the importing thread hashes the next file and hands the last one to storage. A file's parse timeout counts
 * from when its extraction starts. The importer also gets a {@link SourceImporter#expect hint} about the queued file,
 * on a thread of its own, so that it can start on it early.
 * <p>
 * An importer that throws anything but {@link ImportException}, cannot be loaded (a plugin's missing class) or
 * overruns the parse timeout (plus a grace period: it did not honour it) is disabled in the registry, with a message
 * naming its bundle, and the next importer for the file is tried, down to Tika's catch-all. An
 * {@link ImportException} is the importer's verdict on the file and is final.
 * <p>
 * For one importing thread.
 */
public final class Extractions implements AutoCloseable {

    private final ImporterRegistry registry;
    private final ImportLimits limits;
    private final IProgressMonitor monitor;
    private final Contributions.Caller caller = new Contributions.Caller();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("Dialectica import cancel watcher").daemon().factory());
    /** Passes hints on, so that an importer slow to take one delays neither this thread nor the guard thread. */
    private final ExecutorService hints = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("Dialectica import hints").daemon().factory());

    public Extractions(ImporterRegistry registry, ImportLimits limits, IProgressMonitor monitor) {
        this.registry = registry;
        this.limits = limits;
        this.monitor = monitor;
    }

    /** Starts extracting {@code file} once the extractions started before it are done. */
    public Extraction start(Path file, String name) {
        Extraction extraction = new Extraction(file, name);
        extraction.submitNext();
        extraction.hint();
        return extraction;
    }

    /** Extracts {@code file} and waits for it. */
    public ExtractedDocument extract(Path file, String name) throws ImportException {
        return start(file, name).await();
    }

    /** Time an importer gets beyond the parse timeout to notice it and stop, before it counts as stuck. */
    private static Duration grace(ImportLimits limits) {
        Duration tenSeconds = Duration.ofSeconds(10);
        return limits.parseTimeout().compareTo(tenSeconds) < 0 ? limits.parseTimeout() : tenSeconds;
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        hints.shutdownNow();
        caller.close();
    }

    /** A queued call whose importer was disabled, by the file before, before it started. */
    private static final class Skipped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Skipped() {
            super("disabled before its turn", null, false, false);
        }
    }

    /** One file's extraction, queued or running. */
    public final class Extraction {

        private final Path file;
        private final String name;
        private final Set<ImporterDescriptor> tried = new HashSet<>();
        private final StringBuilder failures = new StringBuilder();
        private ImporterDescriptor importer;
        private Contributions.Pending<ExtractedDocument, ImportException> pending;

        private Extraction(Path file, String name) {
            this.file = file;
            this.name = name;
        }

        /** Submits the best importer not tried yet, or leaves {@code pending} empty when there is none. */
        private void submitNext() {
            importer = null;
            pending = null;
            for (ImporterDescriptor candidate : registry.candidates(name, null)) {
                if (tried.add(candidate)) {
                    importer = candidate;
                    String what = "importer " + candidate.id() + " (" + candidate.contributor() + ")";
                    pending = caller.submit(limits.parseTimeout().plus(grace(limits)), what, ImportException.class,
                            () -> call(candidate, what));
                    return;
                }
            }
        }

        /**
         * Runs on the guard thread. An importer that throws is disabled there and then, so that the file queued behind
         * this one, whose call starts next on the same thread, sees it disabled and goes to the next importer.
         */
        private ExtractedDocument call(ImporterDescriptor candidate, String what) throws ImportException {
            if (!registry.isEnabled(candidate)) {
                throw new Skipped();
            }
            try {
                ExtractedDocument doc = extract(candidate.importer());
                if (doc == null) {
                    throw new IllegalStateException("it returned no document");
                }
                return doc;
            } catch (RuntimeException | LinkageError e) {
                registry.disable(candidate, what + " failed: " + e);
                throw e;
            }
        }

        /**
         * Tells the importer the file is queued, unless the importer has yet to be created: creating a plugin's
         * importer is left to the guard thread, where it is watched.
         */
        private void hint() {
            SourceImporter queuedFor = importer == null ? null : importer.importerIfCreated();
            if (queuedFor != null) {
                hints.execute(() -> {
                    try {
                        queuedFor.expect(file, limits);
                    } catch (RuntimeException | LinkageError e) {
                        // only a hint: extract() reports what is wrong with the importer or the file
                    }
                });
            }
        }

        /** Waits for the document, trying the next importer while one fails. */
        public ExtractedDocument await() throws ImportException {
            if (pending != null && !registry.isEnabled(importer)) {
                pending.cancel(); // it overran on an earlier file while this one was queued behind it
                submitNext();
            }
            while (pending != null) {
                try {
                    return pending.await();
                } catch (ContributionFailedException e) {
                    if (!(e.getCause() instanceof Skipped)) {
                        registry.disable(importer, e.getMessage());
                        failures.append(failures.isEmpty() ? "" : "; ").append(e.getMessage());
                    }
                    submitNext();
                }
            }
            throw new ImportException(Reason.UNSUPPORTED_FORMAT, name, failures.isEmpty()
                    ? "no importer reads this kind of file"
                    : "no working importer reads this kind of file: " + failures);
        }

        /** Drops an extraction that is no longer wanted. */
        public void cancel() {
            if (pending != null) {
                pending.cancel();
            }
        }

        /** Extracts while the watcher asks the importer to stop as soon as the user cancels. */
        private ExtractedDocument extract(SourceImporter sourceImporter) throws ImportException {
            ScheduledFuture<?> watch = watcher.scheduleWithFixedDelay(() -> {
                if (monitor.isCanceled()) {
                    sourceImporter.cancel();
                }
            }, 200, 200, TimeUnit.MILLISECONDS);
            try {
                return sourceImporter.extract(file, limits);
            } finally {
                watch.cancel(false);
            }
        }
    }
}
