package org.dialectica.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.dialectica.core.project.impl.DefaultProjectService;
import org.dialectica.core.tests.crash.CrashChild;
import org.dialectica.model.Claim;
import org.dialectica.model.DialecticaPackage;
import org.dialectica.model.Project;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that edits and saves a project, with SIGKILL, at random moments, many times; after
 * each kill the project must open and hold every edit the process had reported as saved.
 */
class CrashTest {

    private static final int KILLS = 50;
    private static final int MAX_DELAY_MILLIS = 80;

    @TempDir
    Path folder;

    @Test
    void everySavedEditSurvivesAKillAtAnyMoment() throws Exception {
        Path dir = folder.resolve("crash");
        DefaultProjectService service = Fixtures.service();
        service.create(dir, "Crash test", null).close();
        String java = ProcessHandle.current().info().command().orElseThrow();
        String classPath = classPath();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int committed = 0;
        int killsWhileSaving = 0;
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                Path errors = folder.resolve("child-" + kill + ".err");
                Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", classPath,
                        CrashChild.class.getName(), dir.toString()).redirectError(errors.toFile()).start();
                AtomicInteger reported = new AtomicInteger(-1);
                CountDownLatch ready = new CountDownLatch(1);
                Thread reader = new Thread(() -> readReports(child, reported, ready), "crash child output");
                reader.start();
                if (!ready.await(30, TimeUnit.SECONDS)) {
                    child.destroyForcibly().waitFor();
                    fail("The child did not start (seed " + seed + "): " + Files.readString(errors));
                }
                Thread.sleep(random.nextInt(MAX_DELAY_MILLIS));
                if (!child.isAlive()) {
                    fail("The child died on its own (seed " + seed + "): " + Files.readString(errors));
                }
                child.destroyForcibly();
                child.waitFor();
                reader.join();

                int saved = reported.get();
                assertTrue(saved >= committed, "saves are never reported backwards");
                Project project = service.readOnly(dir);
                Set<String> texts = project.getNodes().stream().filter(Claim.class::isInstance)
                        .map(node -> ((Claim) node).getText()).collect(Collectors.toCollection(LinkedHashSet::new));
                for (int edit = 1; edit <= saved; edit++) {
                    if (!texts.contains("edit " + edit)) {
                        fail("After kill " + kill + " (seed " + seed + ") edit " + edit + " is lost; the child had reported "
                                + saved + " saves");
                    }
                }
                if (texts.size() > saved) {
                    killsWhileSaving++;
                }
                committed = saved;
            }
        } finally {
            service.shutdown();
        }
        assertTrue(committed >= KILLS, "the child saved often enough to be killed mid-work: " + committed);
        // Informational: how often the kill fell after a write but before the report.
        System.out.println("CrashTest: " + KILLS + " kills, " + committed + " saves, " + killsWhileSaving
                + " kills between a save and its report, seed " + seed);
    }

    private static void readReports(Process child, AtomicInteger reported, CountDownLatch ready) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("ready ")) {
                    reported.set(Integer.parseInt(line.substring("ready ".length())));
                    ready.countDown();
                } else if (line.startsWith("saved ")) {
                    reported.set(Integer.parseInt(line.substring("saved ".length())));
                }
            }
        } catch (IOException | NumberFormatException killed) {
            // A line cut by the kill: what was reported before stands.
        }
    }

    /** The folders and jars the child needs, found from the running bundles: core, model, EMF, equinox.common, osgi. */
    private static String classPath() throws IOException, URISyntaxException {
        List<Class<?>> needed = List.of(CrashChild.class, DefaultProjectService.class, DialecticaPackage.class,
                EObject.class, URI.class, XMIResourceImpl.class, AdapterFactoryEditingDomain.class, IProgressMonitor.class,
                // SubMonitor reads debug options from the framework jar, even outside OSGi.
                org.osgi.framework.Bundle.class,
                // The project's editing domain comes from model.edit, whose item providers use Ecore's.
                org.dialectica.model.edit.DialecticaEditingDomainFactory.class, ecoreItemProviders());
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : needed) {
            entries.add(rootOf(type));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Class<?> ecoreItemProviders() {
        try {
            return org.dialectica.model.edit.DialecticaEditingDomainFactory.class.getClassLoader()
                    .loadClass("org.eclipse.emf.ecore.provider.EcoreItemProviderAdapterFactory");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootOf(Class<?> type) throws IOException, URISyntaxException {
        String classFile = type.getName().replace('.', '/') + ".class";
        URL url = FileLocator.resolve(type.getClassLoader().getResource(classFile));
        String external = url.toExternalForm();
        if (external.startsWith("jar:")) {
            return Path.of(new java.net.URI(external.substring("jar:".length(), external.indexOf("!/")))).toString();
        }
        String path = Path.of(url.toURI()).toString();
        return path.substring(0, path.length() - classFile.length());
    }
}
