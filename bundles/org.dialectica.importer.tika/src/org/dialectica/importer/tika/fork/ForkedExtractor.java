package org.dialectica.importer.tika.fork;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportChecks;
import org.dialectica.importer.ImportException;
import org.dialectica.importer.ImportException.Reason;
import org.dialectica.importer.ImportLimits;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs an {@link Extraction} in a separate JVM (a {@link ParseWorker}) so that a parser that loops forever,
 * runs out of memory or crashes cannot harm the workbench: after {@link ImportLimits#parseTimeout()} the
 * worker process is killed and the caller gets {@link Reason#TIMEOUT}. One worker is kept alive and reused
 * for file after file (starting a JVM and loading Tika takes a second or two); a dead or killed worker is
 * replaced on the next request. Calls are serialised. {@link #cancel()} kills a running parse from another
 * thread, for a user's cancel button.
 * <p>
 * {@link #expect} sends the next file's request while the worker still parses the one before, so that the worker
 * reads it as soon as it has answered and does not wait for the round trip; the next {@code extract} then only reads
 * the answer. An expected file that is not asked for next is thrown away with the worker.
 */
public final class ForkedExtractor implements Extraction, AutoCloseable {

    private static final long STARTUP_TIMEOUT_SECONDS = 120;
    /** How often the watchdog looks at the deadline and for an interrupt. */
    private static final long WATCHDOG_MILLIS = 100;

    private final WorkerSpec spec;
    private final Path cacheRoot;
    private final ExecutorService io = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("Dialectica parse worker I/O").daemon().factory());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("Dialectica parse worker watchdog").daemon().factory());
    private List<Path> classpath;
    private volatile Worker worker;
    private volatile boolean cancelled;
    /** Guards writes to a worker, its {@code sent} requests and {@code recentlyStarted}. */
    private final Object requests = new Object();
    /** The files extract() was last called for, so that a late hint about one of them is not sent. */
    private final Deque<Path> recentlyStarted = new ArrayDeque<>();
    private static final int RECENT = 8;

    /** A worker process; {@code sent} holds the requests written to it and not answered yet, oldest first. */
    private record Worker(Process process, DataOutputStream in, DataInputStream out, int heapMb,
            Deque<WorkerProtocol.Request> sent) {
    }

    /** A forked extractor whose cache (extracted library jars) lives in this bundle's data area. */
    public ForkedExtractor(WorkerSpec spec) {
        this(spec, defaultCacheRoot());
    }

    public ForkedExtractor(WorkerSpec spec, Path cacheRoot) {
        this.spec = spec;
        this.cacheRoot = cacheRoot;
    }

    @Override
    public synchronized ExtractedDocument extract(Path file, ImportLimits limits) throws ImportException {
        String name = ImportChecks.displayName(file);
        ImportChecks.checkFile(file, limits); // cheap refusals need no process
        cancelled = false;
        WorkerProtocol.Request request = new WorkerProtocol.Request(file.toAbsolutePath(), limits);
        Worker w = ensureWorker(name, limits.workerMaxHeapMb());
        boolean sentAhead;
        boolean stale;
        synchronized (requests) {
            recentlyStarted.addLast(request.file());
            if (recentlyStarted.size() > RECENT) {
                recentlyStarted.removeFirst();
            }
            WorkerProtocol.Request first = w.sent().peekFirst();
            sentAhead = request.equals(first);
            stale = first != null && !sentAhead;
        }
        if (stale) { // the worker is busy with a file that is not wanted (any more)
            kill(w);
            w = ensureWorker(name, limits.workerMaxHeapMb());
        }
        // The answer is read on this thread, not handed to another (that hand-off was a third of the worker's cost
        // a file). A blocked pipe read heeds neither timeouts nor interrupts, so a watchdog kills the worker at the
        // deadline or when this thread is interrupted, and the read ends.
        Thread caller = Thread.currentThread();
        long deadline = System.nanoTime() + limits.parseTimeout().toNanos();
        AtomicReference<Stop> stopped = new AtomicReference<>();
        Worker watched = w;
        ScheduledFuture<?> watchdog = timer.scheduleWithFixedDelay(() -> {
            Stop why = System.nanoTime() - deadline >= 0 ? Stop.TIMEOUT : caller.isInterrupted() ? Stop.INTERRUPTED : null;
            if (why != null && stopped.compareAndSet(null, why)) {
                watched.process().destroyForcibly();
            }
        }, WATCHDOG_MILLIS, WATCHDOG_MILLIS, TimeUnit.MILLISECONDS);
        try {
            if (!sentAhead) {
                send(w, request);
            }
            return WorkerProtocol.readResponse(w.out());
        } catch (WorkerProtocol.WorkerEndsException e) {
            kill(w); // it halts after running out of memory; never send it another file
            throw new ImportException(e.reason(), e.fileName(), e.detail());
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            int exit = kill(w);
            Stop why = stopped.get();
            if (why == Stop.TIMEOUT) {
                throw new ImportException(Reason.TIMEOUT, name, "parsing took longer than "
                        + limits.parseTimeout().toSeconds() + " s and was stopped");
            }
            if (why == Stop.INTERRUPTED) {
                throw new ImportException(Reason.IO, name, "the import was interrupted", e);
            }
            if (cancelled) {
                throw new ImportException(Reason.IO, name, "the import was cancelled");
            }
            throw new ImportException(Reason.CORRUPT, name, "the parser process ended unexpectedly (exit code "
                    + exit + "); the file probably crashes the parser. Details in " + logFile(), e);
        } finally {
            watchdog.cancel(false);
            synchronized (requests) {
                w.sent().pollFirst();
            }
        }
    }

    /**
     * Sends {@code file}'s request to the worker now if it is parsing another file, so that it starts on this one as
     * soon as it is done. Ignored when no worker runs or the worker is idle (the extract will send it then), and
     * when {@code file} is already started.
     */
    @Override
    public void expect(Path file, ImportLimits limits) {
        try {
            ImportChecks.checkFile(file, limits); // extract() would refuse it before asking the worker
        } catch (ImportException e) {
            return;
        }
        WorkerProtocol.Request request = new WorkerProtocol.Request(file.toAbsolutePath(), limits);
        synchronized (requests) {
            Worker w = worker;
            if (w == null || !w.process().isAlive() || w.heapMb() != limits.workerMaxHeapMb() || w.sent().size() != 1
                    || recentlyStarted.contains(request.file())) {
                return;
            }
            try {
                send(w, request);
            } catch (IOException e) {
                // the worker died; the extract finds out and starts another
            }
        }
    }

    private void send(Worker w, WorkerProtocol.Request request) throws IOException {
        synchronized (requests) {
            WorkerProtocol.writeRequest(w.in(), request.file(), request.limits());
            w.sent().addLast(request);
        }
    }

    /** Why the watchdog killed the worker. */
    private enum Stop {
        TIMEOUT, INTERRUPTED
    }

    /** Stops the parse in progress, if any, by killing the worker; safe to call from any thread. */
    public void cancel() {
        Worker w = worker;
        if (w != null) {
            cancelled = true;
            w.process().destroyForcibly();
        }
    }

    private Worker ensureWorker(String name, int heapMb) throws ImportException {
        Worker w = worker;
        if (w != null && w.process().isAlive() && w.heapMb() == heapMb) {
            return w;
        }
        if (w != null) {
            kill(w);
        }
        try {
            worker = start(heapMb);
            return worker;
        } catch (IOException e) {
            throw new ImportException(Reason.IO, name, "cannot start the parser process: " + e.getMessage(), e);
        }
    }

    private Worker start(int heapMb) throws IOException {
        if (classpath == null) {
            classpath = new WorkerClasspath(cacheRoot).build(spec);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + heapMb + "m", "-XX:+UseSerialGC",
                "-Xss4m", "-Djava.awt.headless=true", "-cp",
                classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                ParseWorker.class.getName(), spec.extraction().getName()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        Worker w = new Worker(process, new DataOutputStream(new BufferedOutputStream(process.getOutputStream())),
                new DataInputStream(new BufferedInputStream(process.getInputStream())), heapMb, new ArrayDeque<>());
        Future<Integer> ready = io.submit(() -> w.out().readInt());
        try {
            if (ready.get(STARTUP_TIMEOUT_SECONDS, TimeUnit.SECONDS) != WorkerProtocol.READY) {
                throw new IOException("unexpected greeting");
            }
            return w;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(w);
            throw new IOException("interrupted while starting", e);
        } catch (ExecutionException | TimeoutException | IOException e) {
            int exit = kill(w);
            throw new IOException("the parser process did not start (exit code " + exit + "); see " + logFile(), e);
        }
    }

    private int kill(Worker w) {
        if (worker == w) {
            worker = null;
        }
        w.process().destroyForcibly();
        try {
            w.process().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return w.process().isAlive() ? -1 : w.process().exitValue();
    }

    private Path logFile() {
        return cacheRoot.resolve("parse-worker.log");
    }

    /** Ends the worker (closing its stdin lets it exit by itself) and removes the shipped classes. */
    @Override
    public synchronized void close() {
        Worker w = worker;
        worker = null;
        if (w != null) {
            try {
                synchronized (requests) { // not while a hint is written
                    w.in().close();
                }
                if (!w.process().waitFor(2, TimeUnit.SECONDS)) {
                    w.process().destroyForcibly();
                }
            } catch (IOException e) {
                w.process().destroyForcibly();
            } catch (InterruptedException e) {
                w.process().destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        io.shutdownNow();
        timer.shutdownNow();
        if (classpath != null) {
            deleteTree(classpath.get(0));
            classpath = null;
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover folder of class files in the cache is harmless
        }
    }

    private static Path defaultCacheRoot() {
        Bundle bundle = FrameworkUtil.getBundle(ForkedExtractor.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        File data = context == null ? null : context.getDataFile("parse-worker");
        if (data != null) {
            try {
                // A shared, read-only installation has no writable data area: fall back to the temp folder.
                return Files.createDirectories(data.toPath());
            } catch (IOException e) {
                // fall through
            }
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "dialectica-parse-worker-" + System.getProperty("user.name"));
    }
}
