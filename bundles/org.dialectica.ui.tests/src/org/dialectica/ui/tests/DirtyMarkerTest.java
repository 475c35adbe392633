package org.dialectica.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dialectica.core.project.OpenProject;
import org.dialectica.model.Claim;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/** The window title marks unsaved work: "*" after an edit, gone after File > Save (Ctrl+S) or an undo to the saved state. */
class DirtyMarkerTest {

    @Test
    void anEditMarksTheTitleAndSavingClearsIt() {
        WorkbenchDriver.runWorkbench(robot -> {
            OpenProject project = robot.waitForProject();
            String clean = project.model().getName() + " – Dialectica";
            waitForTitle(robot, clean, "the title names the project");
            Claim claim = firstClaim(project);
            String original = claim.getText();

            rename(project, claim, original + " (edited)");
            assertTrue(project.isDirty());
            waitForTitle(robot, "*" + clean, "the title marks unsaved work");

            AnnotationTest.execute(robot, "org.eclipse.ui.file.save");
            robot.waitUntil("the save job has finished", () -> !project.isDirty());
            waitForTitle(robot, clean, "the saved project's title is clean");

            // leave the sample as it was for other tests
            rename(project, claim, original);
            waitForTitle(robot, "*" + clean, "the title marks unsaved work again");
            AnnotationTest.execute(robot, "org.eclipse.ui.file.save");
            robot.waitUntil("saved", () -> !project.isDirty());
            waitForTitle(robot, clean, "clean again");
        });
    }

    @Test
    void undoingBackToTheSavedStateClearsTheMarker() {
        WorkbenchDriver.runWorkbench(robot -> {
            OpenProject project = robot.waitForProject();
            String clean = project.model().getName() + " – Dialectica";
            Claim claim = firstClaim(project);

            rename(project, claim, claim.getText() + " (edited)");
            waitForTitle(robot, "*" + clean, "the title marks unsaved work");
            AnnotationTest.execute(robot, "org.eclipse.ui.edit.undo");
            assertFalse(project.isDirty(), "undone back to the saved state");
            waitForTitle(robot, clean, "the title is clean after the undo");
        });
    }

    @Test
    void ctrlSIsBoundToSave() {
        WorkbenchDriver.runWorkbench(robot -> {
            var bindings = robot.application().getBindingTables().stream().flatMap(t -> t.getBindings().stream())
                    .filter(b -> "org.eclipse.ui.file.save".equals(b.getCommand().getElementId()))
                    .map(b -> b.getKeySequence()).toList();
            assertEquals(java.util.List.of("M1+S"), bindings, "Ctrl+S saves");
        });
    }

    /** Waits until both the window's model label and its shell show {@code title}, saying which one lags. */
    static void waitForTitle(WorkbenchRobot robot, String title, String what) {
        MWindow window = robot.application().getChildren().get(0);
        Shell shell = (Shell) window.getWidget();
        try {
            robot.waitUntil(what, () -> title.equals(window.getLabel()) && title.equals(shell.getText()));
        } catch (AssertionError e) {
            throw new AssertionError(what + ": expected \"" + title + "\", the window's label is \"" + window.getLabel()
                    + "\" and its shell's text \"" + shell.getText() + "\"", e);
        }
    }

    private static Claim firstClaim(OpenProject project) {
        return project.model().getNodes().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("the sample has claims"));
    }

    private static void rename(OpenProject project, Claim claim, String text) {
        var command = DialecticaCommands.rename(project.editingDomain(), claim, text);
        assertTrue(command.canExecute());
        project.editingDomain().getCommandStack().execute(command);
    }
}
