package org.dialectica.core.plugins;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Calls into code that plugins contribute (importers, {@code is:} filters...) so that a faulty one cannot take a
 * search, an import, the workbench or a command down: whatever it throws, including the {@link LinkageError}s of a
 * plugin built against other bundles, becomes a {@link ContributionFailedException} naming it, and a call that does
 * not return in time is abandoned. The caller then disables the contribution and goes on without it.
 */
public final class Contributions {

    private Contributions() {
    }

    /** Work done by a contribution, which may throw the checked exception its interface declares. */
    @FunctionalInterface
    public interface Call<T, E extends Exception> {
        T call() throws E;
    }

    /** The bundle that contributed {@code contribution}: "symbolic-name version", or its class outside OSGi. */
    public static String bundleOf(Object contribution) {
        Bundle bundle = FrameworkUtil.getBundle(contribution.getClass());
        return bundle == null ? contribution.getClass().getName()
                : bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    /** Whether {@code contribution} comes from the same bundle as {@code ownClass}: then it is not a plugin's. */
    public static boolean isOwn(Object contribution, Class<?> ownClass) {
        return FrameworkUtil.getBundle(contribution.getClass()) == FrameworkUtil.getBundle(ownClass);
    }

    /**
     * Runs {@code call} on a thread of its own and waits at most {@code limit}. Thread-safety is the caller's as if it
     * ran the call itself: the caller is blocked meanwhile. A call that overruns is interrupted and abandoned (Java
     * cannot stop a thread); its daemon thread, named after {@code what}, may go on until it notices.
     *
     * @param what     the contribution, for messages and the thread's name, e.g. "importer x (bundle y 1.0)"
     * @param declared the checked exception the contract allows; thrown as it is, as a normal failure
     * @throws ContributionFailedException when the contribution threw anything else or did not return in time
     */
    public static <T, E extends Exception> T callWithin(Duration limit, String what, Class<E> declared,
            Call<T, E> call) throws E, ContributionFailedException {
        FutureTask<T> task = new FutureTask<>(call::call);
        Thread.ofPlatform().name(threadName(what)).daemon().start(task);
        return await(task, limit, what, declared);
    }

    /**
     * Calls contributions as {@link Contributions#callWithin} does, but on one thread kept for the next call: for
     * many short calls (an importer per file of a batch) starting a thread each time costs more than the call's own
     * bookkeeping, and the thread's warm state is lost. A call that overruns keeps that thread to itself; the next
     * call gets a new one.
     * <p>
     * {@link #submit} queues a call without waiting, so that the thread goes from one call to the next without
     * waiting for its caller (an importer extracts the next file while the last one is stored). Calls run one at a
     * time, in the order submitted; each one's time limit counts from when it starts. For one calling thread at a
     * time; close it to let its thread end.
     */
    public static final class Caller implements AutoCloseable {

        private ExecutorService thread;

        /** Runs {@code call} on this caller's thread and waits for it, as {@code submit(...).await()}. */
        public <T, E extends Exception> T callWithin(Duration limit, String what, Class<E> declared, Call<T, E> call)
                throws E, ContributionFailedException {
            return submit(limit, what, declared, call).await();
        }

        /**
         * Queues {@code call} behind the calls submitted before it and returns at once. {@link Pending#await} waits
         * for it, at most {@code limit} from when it started; {@link Pending#cancel} drops it.
         */
        public <T, E extends Exception> Pending<T, E> submit(Duration limit, String what, Class<E> declared,
                Call<T, E> call) {
            Pending<T, E> pending = new Pending<>(this, limit, what, declared, call);
            pending.runOn(thread(what));
            return pending;
        }

        private ExecutorService thread(String what) {
            if (thread == null) {
                thread = Executors.newSingleThreadExecutor(
                        Thread.ofPlatform().name(threadName(what)).daemon().factory());
            }
            return thread;
        }

        /**
         * Leaves the thread to a call that overran. Calls queued behind it are moved to a new thread when they are
         * awaited; the old thread skips them, since a task runs once.
         */
        private void abandon(ExecutorService overrun) {
            overrun.shutdown();
            if (thread == overrun) {
                thread = null;
            }
        }

        @Override
        public void close() {
            if (thread != null) {
                thread.shutdownNow();
                thread = null;
            }
        }
    }

    /** A call {@link Caller#submit submitted} to a {@link Caller}, running or queued. */
    public static final class Pending<T, E extends Exception> {

        private final Caller caller;
        private final Duration limit;
        private final String what;
        private final Class<E> declared;
        private final FutureTask<T> task;
        /** {@link System#nanoTime()} when the call started, 0 before. */
        private final AtomicLong startedAt = new AtomicLong();
        private ExecutorService executor;

        Pending(Caller caller, Duration limit, String what, Class<E> declared, Call<T, E> call) {
            this.caller = caller;
            this.limit = limit;
            this.what = what;
            this.declared = declared;
            this.task = new FutureTask<>(() -> {
                startedAt.set(Math.max(1, System.nanoTime()));
                Thread.currentThread().setName(threadName(what)); // a stuck thread names its contribution
                return call.call();
            });
        }

        private void runOn(ExecutorService executor) {
            this.executor = executor;
            executor.execute(task);
        }

        /**
         * Waits for the call and returns its result. A call that overruns its limit is interrupted and abandoned with
         * its thread.
         *
         * @throws ContributionFailedException when the call threw anything but {@code E} or did not return in time
         */
        public T await() throws E, ContributionFailedException {
            long limitNanos = limit.toNanos();
            for (;;) {
                long started = startedAt.get();
                if (started == 0 && executor.isShutdown()) {
                    runOn(caller.thread(what)); // queued behind a call that overran
                }
                long wait = started == 0 ? limitNanos : started + limitNanos - System.nanoTime();
                try {
                    return task.get(Math.max(0, wait), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (started == 0 && startedAt.get() != 0) {
                        continue; // it started while we waited: its time counts from then
                    }
                    task.cancel(true);
                    caller.abandon(executor);
                    throw new ContributionFailedException(what + " did not return within " + describe(limit), e);
                } catch (InterruptedException e) {
                    task.cancel(true);
                    caller.abandon(executor);
                    Thread.currentThread().interrupt();
                    throw new ContributionFailedException(what + " was interrupted", e);
                } catch (CancellationException e) {
                    throw new ContributionFailedException(what + " was cancelled", e);
                } catch (ExecutionException e) {
                    throw failure(e.getCause(), what, declared);
                }
            }
        }

        /** Drops a call that is no longer wanted: it does not run, or is interrupted if it runs already. */
        public void cancel() {
            task.cancel(true);
        }
    }

    private static String threadName(String what) {
        return "Dialectica contribution: " + what;
    }

    private static <T, E extends Exception> T await(FutureTask<T> task, Duration limit, String what,
            Class<E> declared) throws E, ContributionFailedException {
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new ContributionFailedException(what + " did not return within " + describe(limit), e);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new ContributionFailedException(what + " was interrupted", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), what, declared);
        }
    }

    /** What a call's failure becomes: the declared exception as it is, anything else a contribution failure. */
    private static <E extends Exception> ContributionFailedException failure(Throwable cause, String what,
            Class<E> declared) throws E {
        if (declared.isInstance(cause)) {
            throw declared.cast(cause);
        }
        return new ContributionFailedException(what + " failed: " + cause, cause);
    }

    /** Like {@link #callWithin}, for a contribution whose contract declares no checked exception. */
    public static <T> T callWithin(Duration limit, String what, Call<T, Unchecked> call)
            throws ContributionFailedException {
        return callWithin(limit, what, Unchecked.class, call);
    }

    /** Stands for "no checked exception": never thrown, so everything a contribution throws counts as a failure. */
    public static final class Unchecked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private Unchecked() {
        }
    }

    static String describe(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
