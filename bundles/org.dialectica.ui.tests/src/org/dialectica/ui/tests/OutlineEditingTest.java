package org.dialectica.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.queries.ArgumentQueries;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.Inference;
import org.dialectica.model.Node;
import org.dialectica.ui.annotate.LinkChooser;
import org.dialectica.ui.annotate.LinkChooser.Relation;
import org.dialectica.ui.outline.OutlinePart;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

/** Renaming in place and linking by drag and drop in the Outline, on the real workbench. */
class OutlineEditingTest {

    @Test
    void renamingAClaimInPlaceChangesItsTextAndUndoRestoresIt() {
        WorkbenchDriver.runWorkbench(robot -> undoingLeftovers(robot, () -> {
            OpenProject project = robot.waitForProject();
            OutlinePart outline = robot.implementation(OutlinePart.ID, OutlinePart.class);
            TreeViewer viewer = outline.getViewer();
            Claim claim = shownClaims(robot, project, viewer).get(0);
            String original = claim.getText();

            viewer.setSelection(new StructuredSelection(claim), true);
            viewer.getTree().setFocus();
            Event f2 = new Event();
            f2.keyCode = SWT.F2;
            viewer.getTree().notifyListeners(SWT.KeyDown, f2);
            assertTrue(viewer.isCellEditorActive(), "F2 opens the cell editor");
            Text text = (Text) viewer.getCellEditors()[0].getControl();
            assertEquals(original, text.getText(), "the editor starts from the claim's own text, not its label");
            text.setText("Edited in place");
            press(text, SWT.CR);
            robot.settle();
            assertFalse(viewer.isCellEditorActive());
            assertEquals("Edited in place", claim.getText());
            robot.waitUntil("the Outline shows the new text", () -> viewer.testFindItem(claim) instanceof TreeItem item
                    && item.getText().contains("Edited in place"));

            viewer.editElement(claim, 0);
            Text again = (Text) viewer.getCellEditors()[0].getControl();
            again.setText("Thrown away");
            press(again, SWT.ESC);
            robot.settle();
            assertFalse(viewer.isCellEditorActive());
            assertEquals("Edited in place", claim.getText(), "Esc cancels");

            viewer.editElement(claim, 0);
            Text blank = (Text) viewer.getCellEditors()[0].getControl();
            blank.setText("   ");
            press(blank, SWT.CR);
            robot.settle();
            assertEquals("Edited in place", claim.getText(), "a blank text is refused, nothing is lost");
            viewer.cancelEditing();

            AnnotationTest.execute(robot, "org.eclipse.ui.edit.undo");
            assertEquals(original, claim.getText(), "undo restores the text");
            robot.waitUntil("the Outline shows the old text", () -> viewer.testFindItem(claim) instanceof TreeItem item
                    && !item.getText().contains("Edited in place"));
        }));
    }

    @Test
    void argumentsAndObjectionsAreNotEditable() {
        WorkbenchDriver.runWorkbench(robot -> undoingLeftovers(robot, () -> {
            OpenProject project = robot.waitForProject();
            TreeViewer viewer = robot.implementation(OutlinePart.ID, OutlinePart.class).getViewer();
            shownClaims(robot, project, viewer);
            Inference shown = new ArgumentQueries(project.model()).inferences()
                    .filter(i -> viewer.testFindItem(i) != null).findFirst()
                    .orElseThrow(() -> new AssertionError("the Outline shows an argument"));
            viewer.editElement(shown, 0);
            assertFalse(viewer.isCellEditorActive(), "an argument is named by its claims, not edited");
            viewer.setSelection(new StructuredSelection(shown), true);
            Event f2 = new Event();
            f2.keyCode = SWT.F2;
            viewer.getTree().notifyListeners(SWT.KeyDown, f2);
            assertFalse(viewer.isCellEditorActive(), "an argument is named by its claims, not edited");
        }));
    }

    @Test
    void droppingAClaimOnAnotherLinksItAsChosenAndUndoRemovesTheLink() {
        WorkbenchDriver.runWorkbench(robot -> undoingLeftovers(robot, () -> {
            OpenProject project = robot.waitForProject();
            OutlinePart outline = robot.implementation(OutlinePart.ID, OutlinePart.class);
            TreeViewer viewer = outline.getViewer();
            List<Claim> claims = shownClaims(robot, project, viewer);
            Claim target = claims.get(0);
            Claim dragged = project.model().getNodes().stream()
                    .filter(n -> n instanceof Claim c && c != target && !supports(project, c, target))
                    .map(Claim.class::cast).findFirst().orElseThrow();
            int nodesBefore = project.model().getNodes().size();
            List<String> refusals = new ArrayList<>();

            outline.getLinkByDragging().setChooser(new LinkChooser((from, to) -> Optional.of(Relation.SUPPORTS),
                    refusals::add));
            Command link = outline.getLinkByDragging().drop(dragged, target).orElseThrow();
            Inference inference = new ArgumentQueries(project.model()).argumentsFor(target).stream()
                    .filter(i -> i.getPremises().equals(List.of(dragged))).findFirst()
                    .orElseThrow(() -> new AssertionError("no argument from the dragged claim"));
            assertTrue(link.getResult().contains(inference));
            robot.waitUntil("the Outline shows the argument under its conclusion",
                    () -> childrenOf(viewer, target).contains(inference));

            outline.getLinkByDragging().setChooser(new LinkChooser((from, to) -> Optional.of(Relation.SUPPORTS),
                    refusals::add));
            assertTrue(outline.getLinkByDragging().drop(dragged, inference).isEmpty(), "a claim cannot support an argument");
            assertEquals(1, refusals.size());
            assertTrue(refusals.get(0).contains("Undercuts"), "the refusal says what would work: " + refusals.get(0));

            outline.getLinkByDragging().setChooser(new LinkChooser((from, to) -> Optional.of(Relation.UNDERCUTS),
                    refusals::add));
            Claim undercutter = project.model().getNodes().stream()
                    .filter(n -> n instanceof Claim c && c != dragged && c != target).map(Claim.class::cast)
                    .findFirst().orElseThrow();
            outline.getLinkByDragging().drop(undercutter, inference).orElseThrow();
            Conflict undercut = new ArgumentQueries(project.model()).attacksOn(inference).stream()
                    .filter(c -> c.getAttacker() == undercutter).findFirst().orElseThrow();
            assertEquals(ConflictKind.UNDERCUT, undercut.getKind());
            robot.waitUntil("the Outline shows the undercut under the argument", () -> {
                viewer.expandToLevel(target, 1);
                return childrenOf(viewer, inference).contains(undercut);
            });

            outline.getLinkByDragging().setChooser(new LinkChooser((from, to) -> Optional.empty(), refusals::add));
            assertTrue(outline.getLinkByDragging().drop(undercutter, target).isEmpty(), "cancelled");
            assertEquals(1, refusals.size(), "cancelling is no refusal");

            AnnotationTest.execute(robot, "org.eclipse.ui.edit.undo");
            assertFalse(project.model().getNodes().contains(undercut), "undo removed the undercut");
            AnnotationTest.execute(robot, "org.eclipse.ui.edit.undo");
            assertFalse(project.model().getNodes().contains(inference), "undo removed the argument");
            assertEquals(nodesBefore, project.model().getNodes().size());
            robot.waitUntil("the Outline drops the argument", () -> !childrenOf(viewer, target).contains(inference));
        }));
    }

    /** Runs {@code check}, then undoes what a failed check left, so no recovery dialog blocks the next test. */
    private static void undoingLeftovers(WorkbenchRobot robot, Runnable check) {
        try {
            check.run();
        } finally {
            OpenProject project = robot.application().getContext().get(OpenProject.class);
            var stack = project == null ? null : project.editingDomain().getCommandStack();
            while (stack != null && stack.canUndo()) { // each test starts with an empty command stack
                stack.undo();
            }
        }
    }

    /** Claims the Outline shows (after expanding its top levels). */
    private static List<Claim> shownClaims(WorkbenchRobot robot, OpenProject project, TreeViewer viewer) {
        robot.waitUntil("the Outline shows the project", () -> viewer.getTree().getItemCount() > 0);
        viewer.expandToLevel(3);
        List<Claim> shown = project.model().getNodes().stream()
                .filter(n -> n instanceof Claim && viewer.testFindItem(n) != null).map(Claim.class::cast).toList();
        assertNotEquals(0, shown.size(), "the Outline shows claims");
        return shown;
    }

    private static List<Object> childrenOf(TreeViewer viewer, Object element) {
        viewer.expandToLevel(element, 1);
        return viewer.testFindItem(element) instanceof TreeItem item
                ? Arrays.stream(item.getItems()).map(TreeItem::getData).toList()
                : List.of();
    }

    private static boolean supports(OpenProject project, Claim premise, Claim conclusion) {
        return new ArgumentQueries(project.model()).argumentsFor(conclusion).stream()
                .anyMatch(i -> i.getPremises().contains(premise));
    }

    private static void press(Text text, int key) {
        Event event = new Event();
        event.character = (char) key;
        event.keyCode = key;
        text.notifyListeners(SWT.KeyDown, event);
        if (key == SWT.CR && !text.isDisposed()) {
            // A real Enter in a single-line Text also fires DefaultSelection, which is what applies the edit.
            text.notifyListeners(SWT.DefaultSelection, new Event());
        }
    }
}
