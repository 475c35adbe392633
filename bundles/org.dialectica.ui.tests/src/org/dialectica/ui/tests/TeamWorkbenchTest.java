package org.dialectica.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectService;
import org.dialectica.model.Claim;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.dialectica.model.resource.DialecticaResourceFactory;
import org.dialectica.team.Author;
import org.dialectica.team.TeamService;
import org.dialectica.ui.outline.OutlinePart;
import org.dialectica.ui.reader.ReaderPart;
import org.dialectica.ui.team.CommitHandler;
import org.dialectica.ui.team.MergeConflictsDialog;
import org.dialectica.ui.team.PullHandler;
import org.dialectica.ui.team.PushHandler;
import org.eclipse.jgit.api.Git;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Team menu on the real workbench: the sample project is shared through a bare remote, a colleague edits a
 * claim in a clone and pushes, and Team &gt; Pull reloads the project the parts show; conflicting edits are
 * listed element by element; Commit… saves first; Push explains what is missing.
 */
class TeamWorkbenchTest {

    private static final Author TESTER = new Author("Tester", "tester@example.org");
    private static final String REWORDED = "A colleague reworded this claim in another clone.";
    private static final String OURS = "We reworded this claim in the workbench.";

    @TempDir
    Path temp;

    @Test
    void pullingAClaimEditedInAnotherCloneReloadsTheProjectAndTheOutlineShowsIt() throws Exception {
        TeamService team = Services.get(TeamService.class);
        ProjectService projects = Services.get(ProjectService.class);
        AtomicReference<Path> sample = new AtomicReference<>();
        AtomicReference<byte[]> savedModel = new AtomicReference<>();
        AtomicReference<Boolean> hadGitignore = new AtomicReference<>();
        try {
            WorkbenchDriver.runWorkbench(robot -> {
                OpenProject project = robot.waitForProject();
                ReaderPart reader = ReadingSessionTest.waitForReader(robot);
                OutlinePart outline = robot.implementation(OutlinePart.ID, OutlinePart.class);
                Path dir = project.directory();
                sample.set(dir);
                try {
                    savedModel.set(Files.readAllBytes(dir.resolve(DialecticaResourceFactory.PROJECT_FILE_NAME)));
                    hadGitignore.set(Files.exists(dir.resolve(".gitignore")));
                    assertFalse(team.isShared(dir), "the sample starts unshared");
                    Claim claim = project.model().getNodes().stream().filter(Claim.class::isInstance)
                            .map(Claim.class::cast).filter(c -> outline.getViewer().testFindItem(c) != null)
                            .findFirst().orElseThrow(() -> new AssertionError("the Outline shows a claim"));
                    String claimId = claim.getId();

                    shareAndEditElsewhere(team, projects, dir, claimId);
                    assertEquals(claim.getText(), project.model().getNodes().stream()
                            .filter(n -> n.getId().equals(claimId)).map(Claim.class::cast).findFirst().orElseThrow()
                            .getText(), "nothing changes before the pull");

                    AnnotationTest.execute(robot, "org.dialectica.ui.command.team.pull");
                    robot.waitUntil("the pulled project is published", () -> {
                        OpenProject now = robot.application().getContext().get(OpenProject.class);
                        return now != null && now != project;
                    });
                    OpenProject reloaded = robot.application().getContext().get(OpenProject.class);
                    assertEquals(dir, reloaded.directory());
                    Claim edited = reloaded.model().getNodes().stream().filter(n -> n.getId().equals(claimId))
                            .map(Claim.class::cast).findFirst().orElseThrow();
                    assertEquals(REWORDED, edited.getText(), "the parts' model has the colleague's edit");

                    robot.waitUntil("the Outline shows the reworded claim", () -> {
                        var item = outline.getViewer().testFindItem(edited);
                        return item instanceof Item i && i.getText().contains(REWORDED);
                    });
                    assertNotNull(reader.getSource(), "the Reader survived the reload");
                    assertSame(reloaded.model(), reader.getSource().eContainer(),
                            "the Reader re-resolved its source in the reloaded model");
                    assertNotSame(project.model(), reader.getSource().eContainer());

                    Shell report = Dialogs.waitForShell(robot, PullHandler.TITLE);
                    assertTrue(Dialogs.labels(report).contains("reloaded"), Dialogs.labels(report));
                    Dialogs.closeAll(robot.display(), PullHandler.TITLE);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
        } finally {
            restoreSample(sample.get(), savedModel.get(), hadGitignore.get());
        }
    }

    @Test
    void aClaimEditedOnBothSidesIsListedAsAConflictAndTheProjectKeepsOurs() throws Exception {
        TeamService team = Services.get(TeamService.class);
        ProjectService projects = Services.get(ProjectService.class);
        AtomicReference<Path> sample = new AtomicReference<>();
        AtomicReference<byte[]> savedModel = new AtomicReference<>();
        AtomicReference<Boolean> hadGitignore = new AtomicReference<>();
        try {
            WorkbenchDriver.runWorkbench(robot -> {
                OpenProject project = robot.waitForProject();
                Path dir = project.directory();
                sample.set(dir);
                try {
                    savedModel.set(Files.readAllBytes(dir.resolve(DialecticaResourceFactory.PROJECT_FILE_NAME)));
                    hadGitignore.set(Files.exists(dir.resolve(".gitignore")));
                    Claim claim = project.model().getNodes().stream().filter(Claim.class::isInstance)
                            .map(Claim.class::cast).findFirst().orElseThrow();
                    String claimId = claim.getId();

                    assertTrue(report(robot, PushHandler.TITLE, "org.dialectica.ui.command.team.push")
                            .contains("not shared"), "an unshared project has nothing to push");
                    team.init(dir, TESTER);
                    String noRemote = report(robot, PushHandler.TITLE, "org.dialectica.ui.command.team.push");
                    assertTrue(noRemote.contains("no remote") && noRemote.contains("git remote add origin"), noRemote);

                    shareAndEditElsewhere(team, projects, dir, claimId);
                    project.editingDomain().getCommandStack()
                            .execute(DialecticaCommands.rename(project.editingDomain(), claim, OURS));
                    assertTrue(project.isDirty());
                    assertTrue(report(robot, PullHandler.TITLE, "org.dialectica.ui.command.team.pull")
                            .contains("unsaved changes"), "a pull would drop unsaved edits: refused");
                    assertSame(project, robot.application().getContext().get(OpenProject.class));

                    answerCommitDialog(robot, "Commit " + project.model().getName(), "Reword the claim our way");
                    assertTrue(report(robot, CommitHandler.TITLE, "org.dialectica.ui.command.team.commit")
                            .contains("Committed"));
                    assertFalse(project.isDirty(), "Commit… saved the project first");
                    assertTrue(team.status(dir).isClean(), "and committed every change");

                    AnnotationTest.execute(robot, "org.dialectica.ui.command.team.pull");
                    Shell conflicts = Dialogs.waitForShell(robot, MergeConflictsDialog.TITLE);
                    Table rows = Dialogs.table(conflicts);
                    assertEquals(1, rows.getItemCount(), "one conflict: the claim's text");
                    TableItem row = rows.getItem(0);
                    assertEquals(claimId, row.getText(0));
                    assertEquals("Claim", row.getText(1));
                    assertEquals("text", row.getText(2));
                    assertTrue(row.getText(3).contains(OURS), row.getText(3));
                    assertTrue(row.getText(4).contains(REWORDED), row.getText(4));
                    Dialogs.closeAll(robot.display(), MergeConflictsDialog.TITLE);

                    OpenProject merged = robot.application().getContext().get(OpenProject.class);
                    assertNotSame(project, merged, "the merge reloaded the project");
                    assertEquals(OURS, merged.model().getNodes().stream().filter(n -> n.getId().equals(claimId))
                            .map(Claim.class::cast).findFirst().orElseThrow().getText(), "the file keeps ours");

                    assertTrue(report(robot, PushHandler.TITLE, "org.dialectica.ui.command.team.push")
                            .contains("Pushed"), "the merge is shared");
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
        } finally {
            restoreSample(sample.get(), savedModel.get(), hadGitignore.get());
        }
    }

    /** Runs the command through its handler and returns the text of the report it shows, then closes it. */
    private static String report(WorkbenchRobot robot, String title, String commandId) {
        AnnotationTest.execute(robot, commandId);
        Shell shell = Dialogs.waitForShell(robot, title);
        String text = Dialogs.labels(shell);
        Dialogs.closeAll(robot.display(), title);
        robot.waitUntil("the report is closed", () -> Dialogs.find(robot.display(), title) == null);
        return text;
    }

    /** Types {@code message} into the modal commit dialog as soon as it opens, and presses OK. */
    private static void answerCommitDialog(WorkbenchRobot robot, String title, String message) {
        Display display = robot.display();
        display.timerExec(50, new Runnable() {
            @Override
            public void run() {
                Shell shell = Dialogs.find(display, title);
                if (shell == null) {
                    display.timerExec(50, this);
                    return;
                }
                Dialogs.all(shell).stream().filter(Text.class::isInstance).map(Text.class::cast).findFirst()
                        .orElseThrow().setText(message);
                Dialogs.all(shell).stream().filter(c -> c instanceof Button b && "OK".equals(b.getText()))
                        .map(Button.class::cast).findFirst().orElseThrow()
                        .notifyListeners(SWT.Selection, new Event());
            }
        });
    }

    /** Shares {@code dir} through a bare remote; a clone rewords the claim, commits and pushes. */
    private void shareAndEditElsewhere(TeamService team, ProjectService projects, Path dir, String claimId)
            throws Exception {
        if (!team.isShared(dir)) {
            team.init(dir, TESTER);
        }
        Path remote = temp.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
        team.setRemote(dir, remote.toUri().toString());
        assertTrue(team.push(dir));

        Path colleague = temp.resolve("colleague");
        team.clone(remote.toUri().toString(), colleague);
        try (OpenProject other = projects.open(colleague, null)) {
            Claim claim = other.model().getNodes().stream().filter(n -> n.getId().equals(claimId))
                    .map(Claim.class::cast).findFirst().orElseThrow();
            other.editingDomain().getCommandStack()
                    .execute(DialecticaCommands.rename(other.editingDomain(), claim, REWORDED));
            assertEquals(REWORDED, claim.getText());
            other.save(null);
        }
        assertTrue(team.commit(colleague, "Reword a claim", TESTER).isPresent());
        assertTrue(team.push(colleague));
    }

    /** Other tests use the same sample project: it leaves as it came, unshared and unedited. */
    private static void restoreSample(Path dir, byte[] model, Boolean hadGitignore) throws IOException {
        if (dir == null || model == null) {
            return;
        }
        Files.write(dir.resolve(DialecticaResourceFactory.PROJECT_FILE_NAME), model);
        Path git = dir.resolve(".git");
        if (Files.exists(git)) {
            try (Stream<Path> files = Files.walk(git)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        if (Boolean.FALSE.equals(hadGitignore)) {
            Files.deleteIfExists(dir.resolve(".gitignore"));
        }
    }
}
