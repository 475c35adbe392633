package org.dialectica.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.dialectica.core.plugins.ContributionFailedException;
import org.dialectica.core.plugins.ContributionProblem;
import org.dialectica.core.plugins.Contributions;
import org.dialectica.core.plugins.UnresolvedPlugins;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * A plugin with a missing dependency, installed into the running framework as {@code ./dialectica install} would
 * have it installed: it stays unresolved, and {@link UnresolvedPlugins} says which requirement is missing. And
 * {@link Contributions#callWithin}, which keeps a faulty contribution from taking its caller down.
 */
class UnresolvedPluginsTest {

    private final BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();

    private static byte[] bundleRequiring(String name, String requirement) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", name);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Require-Bundle", requirement);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.flush();
        }
        return bytes.toByteArray();
    }

    @Test
    void aPluginWithAMissingDependencyIsReportedWithTheMissingRequirement() throws Exception {
        Bundle plugin = context.installBundle("test:org.example.needs.missing",
                new ByteArrayInputStream(bundleRequiring("org.example.needs.missing", "org.example.not.installed")));
        try {
            context.getBundle(0).adapt(org.osgi.framework.wiring.FrameworkWiring.class).resolveBundles(List.of(plugin));
            assertEquals(Bundle.INSTALLED, plugin.getState(), "OSGi leaves it unresolved");

            List<ContributionProblem> problems = UnresolvedPlugins.find(context).stream()
                    .filter(p -> p.bundle().equals("org.example.needs.missing 1.0.0")).toList();

            assertEquals(1, problems.size(), UnresolvedPlugins.find(context).toString());
            String message = problems.get(0).message();
            assertTrue(message.contains("Require-Bundle: org.example.not.installed"), message);
            assertTrue(message.contains("test:org.example.needs.missing"), "names the file: " + message);
            assertEquals(Bundle.INSTALLED, plugin.getState(), "asking did not change it");
        } finally {
            plugin.uninstall();
        }
    }

    @Test
    void dialecticasOwnBundlesAreAllResolved() {
        assertTrue(UnresolvedPlugins.find(context).stream().noneMatch(p -> p.bundle().startsWith("org.dialectica.")),
                UnresolvedPlugins.find(context).toString());
    }

    @Test
    void aContributionThatThrowsOrHangsBecomesAFailureNamingIt() throws Exception {
        ContributionFailedException thrown = assertThrows(ContributionFailedException.class,
                () -> Contributions.callWithin(Duration.ofSeconds(5), "filter is:x (org.example 1.0)", () -> {
                    throw new NoClassDefFoundError("org/example/Gone");
                }));
        assertTrue(thrown.getMessage().startsWith("filter is:x (org.example 1.0) failed: "), thrown.getMessage());
        assertTrue(thrown.getMessage().contains("org/example/Gone"), thrown.getMessage());

        ContributionFailedException stuck = assertThrows(ContributionFailedException.class,
                () -> Contributions.callWithin(Duration.ofMillis(200), "importer y", () -> {
                    java.util.concurrent.locks.LockSupport.parkNanos(60_000_000_000L); // unparked by the interrupt
                    return null;
                }));
        assertEquals("importer y did not return within 200 ms", stuck.getMessage());

        IOException declared = assertThrows(IOException.class, () -> Contributions.callWithin(Duration.ofSeconds(5),
                "exporter z", IOException.class, () -> {
                    throw new IOException("disk full");
                }));
        assertEquals("disk full", declared.getMessage(), "a failure the contract allows passes through as it is");
        assertEquals("ok", Contributions.callWithin(Duration.ofSeconds(5), "z", () -> "ok"));
    }

    @Test
    void aCallerReusesItsThreadUntilACallOverruns() throws Exception {
        try (Contributions.Caller caller = new Contributions.Caller()) {
            Thread first = caller.callWithin(Duration.ofSeconds(5), "importer a", Contributions.Unchecked.class,
                    Thread::currentThread);
            assertTrue(first != Thread.currentThread(), "not on the caller's thread");
            assertEquals("Dialectica contribution: importer a", first.getName());
            Thread second = caller.callWithin(Duration.ofSeconds(5), "importer b", Contributions.Unchecked.class,
                    Thread::currentThread);
            assertTrue(first == second, "the thread is kept for the next call");
            assertEquals("Dialectica contribution: importer b", second.getName(), "named after what it runs");

            IOException declared = assertThrows(IOException.class, () -> caller.callWithin(Duration.ofSeconds(5),
                    "importer c", IOException.class, () -> {
                        throw new IOException("corrupt file");
                    }));
            assertEquals("corrupt file", declared.getMessage());
            assertTrue(first == caller.callWithin(Duration.ofSeconds(5), "importer c", Contributions.Unchecked.class,
                    Thread::currentThread), "a failure that returned keeps the thread");

            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            ContributionFailedException stuck = assertThrows(ContributionFailedException.class,
                    () -> caller.callWithin(Duration.ofMillis(200), "importer d", Contributions.Unchecked.class,
                            () -> {
                                while (release.getCount() > 0) { // ignores the interrupt, as a runaway parser would
                                    Thread.onSpinWait();
                                }
                                return null;
                            }));
            assertEquals("importer d did not return within 200 ms", stuck.getMessage());
            Thread after = caller.callWithin(Duration.ofSeconds(5), "importer e", Contributions.Unchecked.class,
                    Thread::currentThread);
            assertTrue(after != first, "the overrunning call keeps its thread; the next call gets a new one");
            assertTrue(first.isAlive(), "the abandoned call is still running");
            release.countDown();
            first.join(5_000);
            assertTrue(!first.isAlive(), "its thread ends once the call returns");
        }
    }

    @Test
    void queuedCallsRunBackToBackAndEachLimitCountsFromItsStart() throws Exception {
        try (Contributions.Caller caller = new Contributions.Caller()) {
            List<String> order = new CopyOnWriteArrayList<>();
            Contributions.Pending<Thread, InterruptedException> first = caller.submit(Duration.ofMillis(700),
                    "importer a", InterruptedException.class, () -> {
                        Thread.sleep(400);
                        order.add("a");
                        return Thread.currentThread();
                    });
            Contributions.Pending<Thread, InterruptedException> second = caller.submit(Duration.ofMillis(700),
                    "importer b", InterruptedException.class, () -> {
                        Thread.sleep(400);
                        order.add("b");
                        return Thread.currentThread();
                    });
            assertTrue(order.isEmpty(), "submit does not wait");
            Thread a = first.await();
            // b ends about 800 ms after it was submitted, over its 700 ms limit, but only 400 ms after it started.
            Thread b = second.await();
            assertEquals(List.of("a", "b"), order);
            assertTrue(a == b, "one thread, one call after the other");
        }
    }

    @Test
    void aCallQueuedBehindAnOverrunningOneRunsOnANewThread() throws Exception {
        try (Contributions.Caller caller = new Contributions.Caller()) {
            CountDownLatch release = new CountDownLatch(1);
            Contributions.Pending<Thread, Contributions.Unchecked> stuck = caller.submit(Duration.ofMillis(200),
                    "importer d", Contributions.Unchecked.class, () -> {
                        Thread self = Thread.currentThread();
                        while (release.getCount() > 0) { // deaf to the interrupt
                            Thread.onSpinWait();
                        }
                        return self;
                    });
            Contributions.Pending<Thread, Contributions.Unchecked> queued = caller.submit(Duration.ofSeconds(5),
                    "importer e", Contributions.Unchecked.class, Thread::currentThread);
            ContributionFailedException overrun = assertThrows(ContributionFailedException.class, stuck::await);
            assertEquals("importer d did not return within 200 ms", overrun.getMessage());
            Thread after = queued.await();
            assertTrue(after.getName().endsWith("importer e"), after.getName());
            release.countDown();
            assertThrows(ContributionFailedException.class, stuck::await, "an abandoned call stays failed");
            assertTrue(after == caller.callWithin(Duration.ofSeconds(5), "importer f", Contributions.Unchecked.class,
                    Thread::currentThread), "the new thread is kept");
        }
    }

    @Test
    void aCancelledQueuedCallNeverRuns() throws Exception {
        try (Contributions.Caller caller = new Contributions.Caller()) {
            CountDownLatch release = new CountDownLatch(1);
            AtomicBoolean ran = new AtomicBoolean();
            Contributions.Pending<String, InterruptedException> running = caller.submit(Duration.ofSeconds(5),
                    "importer g", InterruptedException.class, () -> {
                        release.await();
                        return "done";
                    });
            Contributions.Pending<String, Contributions.Unchecked> dropped = caller.submit(Duration.ofSeconds(5),
                    "importer h", Contributions.Unchecked.class, () -> {
                        ran.set(true);
                        return "ran";
                    });
            dropped.cancel();
            release.countDown();
            assertEquals("done", running.await());
            ContributionFailedException cancelled = assertThrows(ContributionFailedException.class, dropped::await);
            assertEquals("importer h was cancelled", cancelled.getMessage());
            assertEquals("next", caller.callWithin(Duration.ofSeconds(5), "importer i", Contributions.Unchecked.class,
                    () -> "next"));
            assertTrue(!ran.get(), "the dropped call did not run");
        }
    }
}
