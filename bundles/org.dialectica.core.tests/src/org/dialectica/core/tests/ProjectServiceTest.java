package org.dialectica.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.core.project.ProjectException.Reason;
import org.dialectica.core.project.ProjectListener;
import org.dialectica.core.project.impl.DefaultProjectService;
import org.dialectica.model.Claim;
import org.dialectica.model.DialecticaPackage;
import org.dialectica.model.Inference;
import org.dialectica.model.Project;
import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectServiceTest {

    @TempDir
    Path folder;

    private final DefaultProjectService service = Fixtures.service();

    @AfterEach
    void shutDown() {
        service.shutdown();
    }

    @Test
    void createSaveCloseAndOpenRoundTrip() throws Exception {
        Path dir = folder.resolve("thesis");
        try (OpenProject project = service.create(dir, "Thesis", null)) {
            assertEquals("Thesis", project.model().getName());
            assertTrue(Files.isRegularFile(dir.resolve("dialectica.xmi")));
            assertTrue(Files.isDirectory(dir.resolve("sources")));
            assertEquals(".dialectica/", Files.readAllLines(dir.resolve(".gitignore")).getLast());
            assertFalse(project.isDirty(), "a new project has nothing to save");

            Fixtures.addClaim(project, "Smoking causes cancer.");
            assertTrue(project.isDirty());
            project.save(null);
            assertFalse(project.isDirty(), "saving clears the dirty state");
            assertEquals(List.of(project), service.openProjects());
        }
        assertTrue(service.openProjects().isEmpty(), "closing removes the project from the open ones");

        try (OpenProject reopened = service.open(dir, null)) {
            assertEquals("Thesis", reopened.model().getName());
            assertTrue(Fixtures.hasClaim(reopened.model(), "Smoking causes cancer."));
            assertTrue(reopened.recoverableWork().isEmpty(), "a clean close leaves nothing to recover");
            assertFalse(reopened.editingDomain().getCommandStack().canUndo(), "a fresh session has no history");
        }
    }

    @Test
    void undoBackToTheSavedStateIsNotDirty() throws Exception {
        try (OpenProject project = service.create(folder.resolve("p"), "P", null)) {
            Fixtures.addClaim(project, "one");
            project.save(null);
            Fixtures.addClaim(project, "two");
            assertTrue(project.isDirty());
            project.editingDomain().getCommandStack().undo();
            assertFalse(project.isDirty(), "the command stack knows the saved state");
        }
    }

    @Test
    void createRefusesAFolderThatIsNotEmpty() throws IOException {
        Files.writeString(folder.resolve("notes.txt"), "mine");
        ProjectException refused = assertThrows(ProjectException.class, () -> service.create(folder, "P", null));
        assertTrue(refused.getMessage().contains("not empty"), refused.getMessage());
        assertEquals("mine", Files.readString(folder.resolve("notes.txt")));
    }

    @Test
    void openingAFolderWithoutModelSaysItIsNotAProject() throws IOException {
        Path dir = Files.createDirectories(folder.resolve("empty"));
        ProjectException refused = assertThrows(ProjectException.class, () -> service.open(dir, null));
        assertEquals(Reason.NOT_A_PROJECT, refused.reason());
    }

    @Test
    void saveKeepsOneBackupOfThePreviousVersion() throws Exception {
        Path dir = folder.resolve("p");
        try (OpenProject project = service.create(dir, "P", null)) {
            Path backup = dir.resolve(".dialectica/backup/dialectica.xmi.bak");
            Fixtures.addClaim(project, "first");
            project.save(null);
            byte[] afterFirst = Files.readAllBytes(dir.resolve("dialectica.xmi"));
            Fixtures.addClaim(project, "second");
            project.save(null);

            assertArrayEquals(afterFirst, Files.readAllBytes(backup), "the backup is the version before the last save");
            try (var backups = Files.list(backup.getParent())) {
                assertEquals(1, backups.count(), "exactly one backup, no temp files left");
            }
            try (var files = Files.list(dir)) {
                assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".tmp")), "no temp files left");
            }
        }
    }

    @Test
    void aFailedSaveLeavesTheFileOnDiskIntact() throws Exception {
        Path dir = folder.resolve("p");
        try (OpenProject project = service.create(dir, "P", null)) {
            Claim premise = Fixtures.addClaim(project, "premise");
            project.save(null);
            byte[] saved = Files.readAllBytes(dir.resolve("dialectica.xmi"));

            // An inference concluding a claim that is in no resource: the XMI cannot reference it.
            Claim outsider = Fixtures.FACTORY.createClaim();
            Inference inference = Fixtures.FACTORY.createInference();
            inference.getPremises().add(premise);
            inference.setConclusion(outsider);
            project.editingDomain().getCommandStack().execute(AddCommand.create(project.editingDomain(), project.model(),
                    DialecticaPackage.Literals.PROJECT__NODES, inference));

            ProjectException failed = assertThrows(ProjectException.class, () -> project.save(null));
            assertEquals(Reason.IO, failed.reason());
            assertTrue(failed.getMessage().contains("unchanged"), failed.getMessage());
            assertArrayEquals(saved, Files.readAllBytes(dir.resolve("dialectica.xmi")), "the saved file is untouched");
            assertTrue(project.isDirty(), "the edits are still unsaved");
        }
    }

    @Test
    void aSecondOpenInTheSameProcessIsRefusedWithTheHolder() throws Exception {
        Path dir = folder.resolve("Thesis");
        try (OpenProject first = service.create(dir, "Thesis", null)) {
            ProjectException refused = assertThrows(ProjectException.class, () -> service.open(dir, null));
            assertEquals(Reason.LOCKED, refused.reason());
            assertTrue(refused.getMessage().startsWith("Project Thesis is open in this Dialectica process (pid "
                    + ProcessHandle.current().pid() + " since "), refused.getMessage());
            assertTrue(refused.getMessage().endsWith("Close it there first."), refused.getMessage());

            // A second service in the same JVM is refused too: the lock is the operating system's.
            DefaultProjectService other = Fixtures.service();
            try {
                assertEquals(Reason.LOCKED, assertThrows(ProjectException.class, () -> other.open(dir, null)).reason());
            } finally {
                other.shutdown();
            }
        }
        try (OpenProject again = service.open(dir, null)) {
            assertEquals("Thesis", again.model().getName(), "closing releases the lock");
        }
    }

    @Test
    void aNewerFormatIsRefusedAndNeverOverwritten() throws Exception {
        Path dir = Files.createDirectories(folder.resolve("future"));
        byte[] future = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dialectica:Project xmi:version=\"2.0\""
                + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:dialectica=\"http://dialectica.org/model/2.3\""
                + " id=\"p\" name=\"From the future\" hologram=\"yes\"/>\n").getBytes(StandardCharsets.UTF_8);
        Path model = Files.write(dir.resolve("dialectica.xmi"), future);

        ProjectException refused = assertThrows(ProjectException.class, () -> service.open(dir, null));
        assertEquals(Reason.NEWER_FORMAT, refused.reason());
        assertTrue(refused.getMessage().contains("2.3") && refused.getMessage().contains("newer Dialectica"),
                refused.getMessage());
        assertEquals(Reason.NEWER_FORMAT, assertThrows(ProjectException.class, () -> service.readOnly(dir)).reason());
        assertArrayEquals(future, Files.readAllBytes(model), "the file is byte for byte as it was");
        assertTrue(service.openProjects().isEmpty());
        // Not locked after the refusal.
        assertEquals(Reason.NEWER_FORMAT, assertThrows(ProjectException.class, () -> service.open(dir, null)).reason());
    }

    @Test
    void externalEntitiesAreRefusedAsUnsafe() throws Exception {
        Path dir = Files.createDirectories(folder.resolve("hostile"));
        Path secret = Files.writeString(folder.resolve("secret.txt"), "s3cr3t");
        Files.writeString(dir.resolve("dialectica.xmi"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE dialectica:Project [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<dialectica:Project xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:dialectica=\"http://dialectica.org/model/1.0\" id=\"p\" name=\"&secret;\"/>\n");

        ProjectException refused = assertThrows(ProjectException.class, () -> service.open(dir, null));
        assertEquals(Reason.UNSAFE_XML, refused.reason());
        assertFalse(refused.getMessage().contains("s3cr3t"), refused.getMessage());
        assertEquals(Reason.UNSAFE_XML, assertThrows(ProjectException.class, () -> service.readOnly(dir)).reason());
    }

    @Test
    void garbageIsReportedAsCorruptWithTheBackupNamed() throws Exception {
        Path dir = folder.resolve("p");
        try (OpenProject project = service.create(dir, "P", null)) {
            Fixtures.addClaim(project, "kept in the backup");
            project.save(null);
            project.save(null);
        }
        Files.writeString(dir.resolve("dialectica.xmi"), "\u0000\u0001 not xml at all");

        ProjectException refused = assertThrows(ProjectException.class, () -> service.open(dir, null));
        assertEquals(Reason.CORRUPT, refused.reason());
        assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
        assertTrue(refused.getMessage().contains("dialectica.xmi.bak"), "points to the backup: " + refused.getMessage());

        Files.write(dir.resolve("dialectica.xmi"), new byte[0]);
        assertEquals(Reason.CORRUPT, assertThrows(ProjectException.class, () -> service.open(dir, null)).reason());
    }

    @Test
    void aForeignXmiIsNotTakenForAProject() throws Exception {
        Path dir = Files.createDirectories(folder.resolve("foreign"));
        Files.writeString(dir.resolve("dialectica.xmi"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<x:Thing xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:x=\"http://example.org/other\"/>\n");
        ProjectException refused = assertThrows(ProjectException.class, () -> service.open(dir, null));
        assertEquals(Reason.CORRUPT, refused.reason());
        assertTrue(refused.getMessage().contains("http://example.org/other"), refused.getMessage());
    }

    @Test
    void readOnlyNeedsNoLockAndSavesNothing() throws Exception {
        Path dir = folder.resolve("p");
        try (OpenProject project = service.create(dir, "P", null)) {
            Fixtures.addClaim(project, "saved");
            project.save(null);
            byte[] before = Files.readAllBytes(dir.resolve("dialectica.xmi"));

            Project copy = service.readOnly(dir);
            assertNotSame(project.model(), copy);
            assertTrue(Fixtures.hasClaim(copy, "saved"));
            copy.setName("changed");
            assertArrayEquals(before, Files.readAllBytes(dir.resolve("dialectica.xmi")));
        }
    }

    @Test
    void gitignoreIsAddedOnOpenButAnOwnOneIsKept() throws Exception {
        Path dir = folder.resolve("p");
        service.create(dir, "P", null).close();
        Files.delete(dir.resolve(".gitignore"));
        service.open(dir, null).close();
        assertTrue(Files.readString(dir.resolve(".gitignore")).contains(".dialectica/"));

        Files.writeString(dir.resolve(".gitignore"), "my own rules\n");
        service.open(dir, null).close();
        assertEquals("my own rules\n", Files.readString(dir.resolve(".gitignore")));
    }

    @Test
    void listenersHearOpenSaveAndClose() throws Exception {
        List<String> heard = new ArrayList<>();
        ProjectListener listener = new ProjectListener() {
            @Override
            public void projectOpened(OpenProject project) {
                heard.add("opened " + project.model().getName());
            }

            @Override
            public void projectSaved(OpenProject project) {
                heard.add("saved");
            }

            @Override
            public void projectClosed(OpenProject project) {
                heard.add("closed");
            }
        };
        service.addProjectListener(listener);
        try (OpenProject project = service.create(folder.resolve("p"), "P", null)) {
            project.save(null);
        }
        service.removeProjectListener(listener);
        service.open(folder.resolve("p"), null).close();
        assertEquals(List.of("opened P", "saved", "closed"), heard);
    }
}
