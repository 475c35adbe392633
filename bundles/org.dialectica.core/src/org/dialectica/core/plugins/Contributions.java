package org.dialectica.core.plugins;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
        Thread thread = new Thread(task, threadName(what));
        thread.setDaemon(true);
        thread.start();
        return await(task, limit, what, declared);
    }

    /**
     * Calls contributions as {@link Contributions#callWithin} does, but on one thread kept for the next call: for
     * many short calls (an importer per file of a batch) starting a thread each time costs more than the call's own
     * bookkeeping, and the thread's warm state is lost. A call that overruns keeps that thread to itself; the next
     * call gets a new one. For one calling thread at a time; close it to let its thread end.
     */
    public static final class Caller implements AutoCloseable {

        private ExecutorService thread;

        public <T, E extends Exception> T callWithin(Duration limit, String what, Class<E> declared, Call<T, E> call)
                throws E, ContributionFailedException {
            if (thread == null) {
                thread = Executors.newSingleThreadExecutor(runnable -> {
                    Thread t = new Thread(runnable, threadName(what));
                    t.setDaemon(true);
                    return t;
                });
            }
            FutureTask<T> task = new FutureTask<>(() -> {
                Thread.currentThread().setName(threadName(what)); // a stuck thread names its contribution
                return call.call();
            });
            thread.execute(task);
            try {
                return await(task, limit, what, declared);
            } catch (ContributionFailedException e) {
                if (!task.isDone() || task.isCancelled()) {
                    thread.shutdownNow(); // abandoned to the overrunning call
                    thread = null;
                }
                throw e;
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
            Throwable cause = e.getCause();
            if (declared.isInstance(cause)) {
                throw declared.cast(cause);
            }
            throw new ContributionFailedException(what + " failed: " + cause, cause);
        }
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
