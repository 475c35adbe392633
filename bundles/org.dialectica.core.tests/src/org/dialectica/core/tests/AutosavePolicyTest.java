package org.dialectica.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.dialectica.core.project.AutosavePolicy;
import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.impl.DefaultProjectService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The autosave policy set on the project service is what the background autosave follows, for projects open
 * at the time and those opened later. Only whether an autosave happens is asserted, never how fast.
 */
class AutosavePolicyTest {

    /** Long enough that an autosave due after {@link #SOON} has surely run, when it was going to. */
    private static final Duration QUIET = Duration.ofMillis(600);
    private static final Duration SOON = Duration.ofMillis(50);

    @TempDir
    Path folder;

    /** Starts with a delay no test waits for: an autosave seen in a test comes from the policy it set. */
    private final DefaultProjectService service = Fixtures.service(Duration.ofHours(1));

    @AfterEach
    void shutDown() {
        service.shutdown();
    }

    @Test
    void theServiceStartsWithTheDefaultAndReportsWhatWasSet() {
        assertEquals(AutosavePolicy.DEFAULT, new DefaultProjectService().autosavePolicy());
        assertEquals(Duration.ofSeconds(2), AutosavePolicy.DEFAULT.delay());
        service.setAutosavePolicy(AutosavePolicy.off());
        assertFalse(service.autosavePolicy().enabled());
        assertThrows(IllegalArgumentException.class, () -> AutosavePolicy.after(Duration.ofSeconds(-1)));
    }

    @Test
    void aShorterDelayReachesAnOpenProjectAndItsPendingEdit() throws Exception {
        Path autosave = autosaveOf("p");
        try (OpenProject project = service.create(folder.resolve("p"), "P", null)) {
            Fixtures.addClaim(project, "waiting an hour");
            Thread.sleep(QUIET.toMillis());
            assertFalse(Files.exists(autosave), "the hour has not passed");

            service.setAutosavePolicy(AutosavePolicy.after(SOON));
            awaitFile(autosave);
            assertTrue(Files.readString(autosave).contains("waiting an hour"), "the pending edit was autosaved");
        }
    }

    @Test
    void aProjectOpenedLaterFollowsThePolicy() throws Exception {
        service.setAutosavePolicy(AutosavePolicy.after(SOON));
        Path autosave = autosaveOf("p");
        try (OpenProject project = service.create(folder.resolve("p"), "P", null)) {
            Fixtures.addClaim(project, "autosaved soon");
            awaitFile(autosave);
            assertTrue(Files.readString(autosave).contains("autosaved soon"));
        }
    }

    @Test
    void offMeansNoBackgroundAutosaveButClosingStillKeepsUnsavedWork() throws Exception {
        DefaultProjectService quick = Fixtures.service(SOON); // would autosave at once, were it not switched off
        try {
            quick.setAutosavePolicy(AutosavePolicy.off());
            Path autosave = autosaveOf("p");
            OpenProject project = quick.create(folder.resolve("p"), "P", null);
            Fixtures.addClaim(project, "not autosaved");
            Thread.sleep(QUIET.toMillis());
            assertFalse(Files.exists(autosave), "autosave is off");

            project.close();
            assertTrue(Files.readString(autosave).contains("not autosaved"), "\"Don't Save\" never loses work");
        } finally {
            quick.shutdown();
        }
    }

    @Test
    void turningAutosaveOffCancelsThePendingOneAndOnAgainCatchesUp() throws Exception {
        service.setAutosavePolicy(AutosavePolicy.after(Duration.ofMillis(1500)));
        Path autosave = autosaveOf("p");
        try (OpenProject project = service.create(folder.resolve("p"), "P", null)) {
            Fixtures.addClaim(project, "made before switching off");
            service.setAutosavePolicy(AutosavePolicy.off());
            Thread.sleep(QUIET.plusMillis(1500).toMillis());
            assertFalse(Files.exists(autosave), "the autosave due was cancelled");

            service.setAutosavePolicy(AutosavePolicy.after(SOON));
            awaitFile(autosave);
            assertTrue(Files.readString(autosave).contains("made before switching off"));
        }
    }

    private Path autosaveOf(String project) {
        return folder.resolve(project).resolve(".dialectica/autosave/dialectica.xmi");
    }

    /** Waits for the background autosave; generous, since only its occurrence is tested, not its speed. */
    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(Files.exists(file), "no autosave at " + file);
    }
}
