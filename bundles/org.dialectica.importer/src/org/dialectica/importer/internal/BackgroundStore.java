package org.dialectica.importer.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Stores what a batch import extracted on a thread of its own, so that forcing one file's text and original
 * to disk overlaps the extraction of the next file: the import waits for the disk once per batch instead of
 * twice per file. At most {@link #QUEUED} stores wait; beyond that the importing thread stores the file itself,
 * which bounds the extracted texts held in memory.
 * <p>
 * Used by one importing thread; {@link #awaitAll()} tells which stores failed, and nothing stored may be
 * referred to by the model before it has returned.
 */
public final class BackgroundStore implements AutoCloseable {

    /** How many extracted files may wait for the disk. */
    static final int QUEUED = 4;

    /** Writes one file's text and original. */
    @FunctionalInterface
    public interface Store {
        void run() throws Exception;
    }

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUED), Thread.ofPlatform().name("Dialectica import storage").daemon().factory(),
            new ThreadPoolExecutor.CallerRunsPolicy());
    private final Map<Integer, Future<?>> byResult = new LinkedHashMap<>();
    private final Map<String, Future<?>> byContent = new HashMap<>();

    /**
     * Stores in the background.
     *
     * @param result the index of the file's result in the batch report
     * @param sha256 the content's hash: the same content is stored once per batch
     */
    public void submit(int result, String sha256, Store store) {
        Future<?> future = executor.submit(() -> {
            store.run();
            return null;
        });
        byResult.put(result, future);
        byContent.put(sha256, future);
    }

    /** Whether this batch stores (or has stored) this content. */
    public boolean stores(String sha256) {
        return byContent.containsKey(sha256);
    }

    /**
     * Waits for every store submitted so far.
     *
     * @return the failed stores' causes by result index; an interrupted wait fails the stores not yet done
     */
    public Map<Integer, Throwable> awaitAll() {
        Map<Integer, Throwable> failures = new LinkedHashMap<>();
        boolean interrupted = false;
        for (Map.Entry<Integer, Future<?>> entry : byResult.entrySet()) {
            Future<?> future = entry.getValue();
            try {
                if (interrupted && !future.isDone()) {
                    future.cancel(true);
                }
                future.get();
            } catch (ExecutionException e) {
                failures.put(entry.getKey(), e.getCause());
            } catch (CancellationException e) {
                failures.put(entry.getKey(), new InterruptedException("the import was interrupted"));
            } catch (InterruptedException e) {
                interrupted = true;
                future.cancel(true);
                failures.put(entry.getKey(), e);
            }
        }
        byResult.clear();
        byContent.clear();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return failures;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
