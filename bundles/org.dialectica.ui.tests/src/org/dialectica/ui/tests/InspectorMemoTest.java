package org.dialectica.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dialectica.core.project.OpenProject;
import org.dialectica.model.Claim;
import org.dialectica.model.Memo;
import org.dialectica.ui.inspector.InspectorPart;
import org.dialectica.ui.session.ActiveProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * Memos of the selected element are added, edited and deleted in the Inspector, each step undoable; a blank text
 * (memo or claim) is refused and the field shows the element's text again.
 */
class InspectorMemoTest {

    @Test
    void aMemoIsAddedEditedAndDeletedInTheInspectorAndUndoTakesEachStepBack() {
        WorkbenchDriver.runWorkbench(robot -> {
            OpenProject project = robot.waitForProject();
            try {
                AnnotationTest.switchPerspective(robot, "org.dialectica.ui.perspective.analyse");
                Claim claim = project.model().getNodes().stream().filter(n -> n instanceof Claim c && c.getMemos().isEmpty())
                        .map(Claim.class::cast).findFirst().orElseThrow();
                int memosBefore = project.model().getMemos().size();
                robot.application().getContext().set(ActiveProject.SELECTED_ELEMENT, claim);
                robot.settle();
                Composite inspector = inspector(robot);

                Text add = textAfter(robot, inspector, "Add memo");
                add.setText("Check the date of the talks");
                add.notifyListeners(SWT.DefaultSelection, new Event());
                robot.settle();
                assertEquals(1, claim.getMemos().size(), "Enter adds the memo");
                Memo memo = claim.getMemos().get(0);
                assertEquals("Check the date of the talks", memo.getText());
                assertEquals(List.of(claim), memo.getAbout());
                assertEquals(memosBefore + 1, project.model().getMemos().size());

                Text shown = memoField(robot, inspector, "Check the date of the talks");
                shown.setText("Check the date of the Vienna talks");
                shown.notifyListeners(SWT.FocusOut, new Event());
                robot.settle();
                assertEquals("Check the date of the Vienna talks", memo.getText(), "leaving the field applies the edit");

                Text edited = memoField(robot, inspector, "Check the date of the Vienna talks");
                edited.setText("   ");
                edited.notifyListeners(SWT.FocusOut, new Event());
                robot.settle();
                assertEquals("Check the date of the Vienna talks", memo.getText(), "a blank memo is refused");
                assertEquals("Check the date of the Vienna talks", edited.getText(), "and the field shows it again");

                Button delete = (Button) next(memoField(robot, inspector, "Check the date of the Vienna talks"));
                assertEquals("Delete", delete.getText());
                delete.notifyListeners(SWT.Selection, new Event());
                robot.settle();
                assertTrue(claim.getMemos().isEmpty(), "deleted");
                assertEquals(memosBefore, project.model().getMemos().size());
                robot.waitUntil("the Inspector drops the memo", () -> findMemoField(inspector, "Vienna") == null);

                AnnotationTest.execute(robot, "org.eclipse.ui.edit.undo");
                assertEquals(List.of(memo), claim.getMemos(), "undo brings the memo back");
                memoField(robot, inspector, "Check the date of the Vienna talks");
                AnnotationTest.execute(robot, "org.eclipse.ui.edit.undo");
                assertEquals("Check the date of the talks", memo.getText(), "undo restores the first text");
                AnnotationTest.execute(robot, "org.eclipse.ui.edit.undo");
                assertTrue(claim.getMemos().isEmpty(), "undo removes the added memo");
                assertEquals(memosBefore, project.model().getMemos().size());
                assertFalse(project.isDirty(), "back to the saved state");
            } finally {
                var stack = project.editingDomain().getCommandStack();
                while (stack.canUndo()) { // no unsaved work may be left for the next test
                    stack.undo();
                }
            }
        });
    }

    @Test
    void aBlankClaimTextIsRefusedAndTheFieldShowsTheClaimAgain() {
        WorkbenchDriver.runWorkbench(robot -> {
            OpenProject project = robot.waitForProject();
            try {
                AnnotationTest.switchPerspective(robot, "org.dialectica.ui.perspective.analyse");
                Claim claim = project.model().getNodes().stream().filter(Claim.class::isInstance)
                        .map(Claim.class::cast).findFirst().orElseThrow();
                String original = claim.getText();
                robot.application().getContext().set(ActiveProject.SELECTED_ELEMENT, claim);
                robot.settle();
                Text field = textAfter(robot, inspector(robot), "Text");
                assertEquals(original, field.getText());

                field.setText("  ");
                field.notifyListeners(SWT.FocusOut, new Event());
                robot.settle();
                assertEquals(original, claim.getText(), "a claim keeps its text");
                assertEquals(original, field.getText(), "and the field shows it again, not the refused blank");
                assertFalse(project.isDirty(), "nothing was changed");
            } finally {
                var stack = project.editingDomain().getCommandStack();
                while (stack.canUndo()) {
                    stack.undo();
                }
            }
        });
    }

    private static Composite inspector(WorkbenchRobot robot) {
        robot.waitUntil("the Inspector is shown", () -> robot.part(InspectorPart.ID).getWidget() instanceof Composite c
                && !c.isDisposed() && c.isVisible());
        return (Composite) robot.part(InspectorPart.ID).getWidget();
    }

    private static Text textAfter(WorkbenchRobot robot, Composite inspector, String label) {
        robot.waitUntil("the Inspector offers " + label, () -> Dialogs.all(inspector).stream()
                .anyMatch(c -> c instanceof org.eclipse.swt.widgets.Label l && l.getText().equals(label)));
        for (Control control : Dialogs.all(inspector)) {
            if (control instanceof org.eclipse.swt.widgets.Label l && l.getText().equals(label)) {
                return (Text) next(l);
            }
        }
        throw new AssertionError(label);
    }

    /** Waits for the Inspector's field showing the memo {@code text} (it rebuilds after every command). */
    private static Text memoField(WorkbenchRobot robot, Composite inspector, String text) {
        robot.waitUntil("the Inspector shows the memo \"" + text + "\"", () -> findMemoField(inspector, text) != null
                && findMemoField(inspector, text).getText().equals(text));
        return findMemoField(inspector, text);
    }

    private static Text findMemoField(Composite inspector, String containing) {
        return Dialogs.all(inspector).stream()
                .filter(c -> c instanceof Text t && !t.isDisposed() && (t.getStyle() & SWT.MULTI) != 0
                        && t.getText().contains(containing))
                .map(Text.class::cast).findFirst().orElse(null);
    }

    private static Control next(Control control) {
        Control[] siblings = control.getParent().getChildren();
        return siblings[List.of(siblings).indexOf(control) + 1];
    }
}
