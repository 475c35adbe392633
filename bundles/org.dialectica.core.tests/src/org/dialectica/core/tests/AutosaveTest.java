package org.dialectica.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.RecoverableWork;
import org.dialectica.core.project.impl.DefaultProjectService;
import org.dialectica.model.Source;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveTest {

    @TempDir
    Path folder;

    private final DefaultProjectService service = Fixtures.service();

    @AfterEach
    void shutDown() {
        service.shutdown();
    }

    /** Waits for the background autosave; generous, since only its occurrence is tested, not its speed. */
    private static void awaitFile(Path file, boolean exists) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (Files.exists(file) != exists && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void anEditIsAutosavedInTheBackgroundAndASaveRemovesTheAutosave() throws Exception {
        Path dir = folder.resolve("p");
        Path autosave = dir.resolve(".dialectica/autosave/dialectica.xmi");
        try (OpenProject project = service.create(dir, "P", null)) {
            Fixtures.addClaim(project, "unsaved thought");
            awaitFile(autosave, true);
            assertTrue(Files.readString(autosave).contains("unsaved thought"), "the autosave holds the edit");
            assertFalse(Files.readString(dir.resolve("dialectica.xmi")).contains("unsaved thought"),
                    "the model itself is only written by a save");

            project.save(null);
            assertFalse(Files.exists(autosave), "a normal save supersedes the autosave");
        }
    }

    @Test
    void workLeftByACrashIsOfferedAndRecoveredAsOneUndoableCommand() throws Exception {
        Path dir = folder.resolve("p");
        Path autosave = dir.resolve(".dialectica/autosave/dialectica.xmi");
        OpenProject crashed = service.create(dir, "P", null);
        Fixtures.addClaim(crashed, "saved claim");
        crashed.save(null);
        Fixtures.addClaim(crashed, "unsaved claim");
        Source source = Fixtures.FACTORY.createSource();
        source.setTitle("unsaved source");
        crashed.editingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(
                crashed.editingDomain(), crashed.model(), org.dialectica.model.DialecticaPackage.Literals.PROJECT__SOURCES,
                source));
        awaitFile(autosave, true);
        // The autosave must be newer than the model; file systems with coarse times need help.
        Files.setLastModifiedTime(autosave, FileTime.from(Instant.now().plusSeconds(5)));

        // The process "dies" here: the project is never closed. A copy is what the next start finds.
        Path afterCrash = folder.resolve("after-crash");
        Fixtures.copyFolder(dir, afterCrash);

        try (OpenProject reopened = service.open(afterCrash, null)) {
            assertTrue(Fixtures.hasClaim(reopened.model(), "saved claim"));
            assertFalse(Fixtures.hasClaim(reopened.model(), "unsaved claim"), "autosaved work is not applied silently");
            RecoverableWork work = reopened.recoverableWork().orElseThrow();

            work.recover();
            assertTrue(Fixtures.hasClaim(reopened.model(), "unsaved claim"));
            assertTrue(Fixtures.hasClaim(reopened.model(), "saved claim"));
            assertEquals("unsaved source", reopened.model().getSources().get(0).getTitle());
            assertTrue(reopened.isDirty(), "recovered work still needs a save");
            assertTrue(reopened.recoverableWork().isEmpty(), "offered once");

            CommandStack stack = reopened.editingDomain().getCommandStack();
            stack.undo();
            assertFalse(Fixtures.hasClaim(reopened.model(), "unsaved claim"), "one undo takes the recovery back");
            assertTrue(Fixtures.hasClaim(reopened.model(), "saved claim"));
            assertFalse(stack.canUndo(), "it was one command");
            stack.redo();
            assertTrue(Fixtures.hasClaim(reopened.model(), "unsaved claim"));
            reopened.save(null);
        }
        assertTrue(Fixtures.hasClaim(service.readOnly(afterCrash), "unsaved claim"));
        crashed.close();
    }

    @Test
    void discardedWorkIsDeletedAndNotOfferedAgain() throws Exception {
        Path dir = folder.resolve("p");
        OpenProject crashed = service.create(dir, "P", null);
        Fixtures.addClaim(crashed, "unsaved claim");
        ((org.dialectica.core.project.impl.OpenProjectImpl) crashed).autosaveNow();
        Path autosave = dir.resolve(".dialectica/autosave/dialectica.xmi");
        Files.setLastModifiedTime(autosave, FileTime.from(Instant.now().plusSeconds(5)));
        Path afterCrash = folder.resolve("after-crash");
        Fixtures.copyFolder(dir, afterCrash);
        crashed.close();

        try (OpenProject reopened = service.open(afterCrash, null)) {
            reopened.recoverableWork().orElseThrow().discard();
            assertFalse(Files.exists(afterCrash.resolve(".dialectica/autosave/dialectica.xmi")));
        }
        try (OpenProject again = service.open(afterCrash, null)) {
            assertTrue(again.recoverableWork().isEmpty());
            assertFalse(Fixtures.hasClaim(again.model(), "unsaved claim"));
        }
    }

    @Test
    void closingWithUnsavedEditsKeepsThemInTheAutosave() throws Exception {
        Path dir = folder.resolve("p");
        // A long delay: only the close can have written the autosave.
        DefaultProjectService slow = Fixtures.service(Duration.ofHours(1));
        try {
            OpenProject project = slow.create(dir, "P", null);
            Fixtures.addClaim(project, "kept on close");
            project.close();
            Path autosave = dir.resolve(".dialectica/autosave/dialectica.xmi");
            assertTrue(Files.readString(autosave).contains("kept on close"));
            Files.setLastModifiedTime(autosave, FileTime.from(Instant.now().plusSeconds(5)));
            try (OpenProject reopened = slow.open(dir, null)) {
                assertTrue(reopened.recoverableWork().isPresent(), "the unsaved edits are offered at the next open");
            }
        } finally {
            slow.shutdown();
        }
    }

    @Test
    void editsUndoneBeforeClosingAreNotOfferedForRecovery() throws Exception {
        Path dir = folder.resolve("p");
        Path autosave = dir.resolve(".dialectica/autosave/dialectica.xmi");
        OpenProject project = service.create(dir, "P", null);
        project.save(null);
        Fixtures.addClaim(project, "second thoughts");
        awaitFile(autosave, true);
        project.editingDomain().getCommandStack().undo();
        assertFalse(project.isDirty(), "undone back to the saved state");
        project.close();

        assertFalse(Files.exists(autosave), "this session's outdated autosave is gone");
        try (OpenProject reopened = service.open(dir, null)) {
            assertFalse(reopened.recoverableWork().isPresent(), "nothing is offered for recovery");
        }
    }

    @Test
    void anEarlierSessionsAutosaveSurvivesAnUndecidedOpenAndClose() throws Exception {
        Path dir = folder.resolve("p");
        DefaultProjectService slow = Fixtures.service(Duration.ofHours(1));
        try {
            OpenProject crashed = slow.create(dir, "P", null);
            Fixtures.addClaim(crashed, "from the session that crashed");
            crashed.close();
            Path autosave = dir.resolve(".dialectica/autosave/dialectica.xmi");
            Files.setLastModifiedTime(autosave, FileTime.from(Instant.now().plusSeconds(5)));
            // e.g. a command-line run that opens and closes the project without touching the recovery
            try (OpenProject other = slow.open(dir, null)) {
                assertTrue(other.recoverableWork().isPresent());
            }
            assertTrue(Files.readString(autosave).contains("from the session that crashed"),
                    "the earlier work is still there to be recovered");
        } finally {
            slow.shutdown();
        }
    }
}
