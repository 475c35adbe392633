package org.dialectica.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicReference;

import org.dialectica.core.project.OpenProject;
import org.dialectica.model.Claim;
import org.dialectica.model.Element;
import org.dialectica.ui.outline.OutlinePart;
import org.dialectica.ui.session.ActiveProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.junit.jupiter.api.Test;

/** The element selected last is selected again, in the Outline and everywhere, after the workbench restarts. */
class SelectionRestoreTest {

    @Test
    void theLastSelectedClaimIsSelectedAgainAfterARestart() {
        AtomicReference<String> selectedId = new AtomicReference<>();
        WorkbenchDriver.runWorkbench(true, robot -> {
            OpenProject project = robot.waitForProject();
            TreeViewer viewer = robot.implementation(OutlinePart.ID, OutlinePart.class).getViewer();
            robot.waitUntil("the Outline shows the project", () -> viewer.getTree().getItemCount() > 0);
            viewer.expandToLevel(3);
            // not the first claim, so that a restart that selected "something" would not pass by chance
            Claim claim = project.model().getNodes().stream()
                    .filter(n -> n instanceof Claim && viewer.testFindItem(n) != null).map(Claim.class::cast)
                    .skip(1).findFirst().orElseThrow(() -> new AssertionError("the Outline shows two claims"));
            viewer.setSelection(new StructuredSelection(claim), true); // as a click does
            robot.settle();
            assertEquals(claim, robot.application().getContext().get(ActiveProject.SELECTED_ELEMENT));
            selectedId.set(claim.getId());
        });
        WorkbenchDriver.runWorkbench(true, robot -> {
            robot.waitForProject();
            TreeViewer viewer = robot.implementation(OutlinePart.ID, OutlinePart.class).getViewer();
            robot.waitUntil("the Outline selects the claim selected before the restart",
                    () -> viewer.getStructuredSelection().getFirstElement() instanceof Element e
                            && selectedId.get().equals(e.getId()));
            Element selected = (Element) robot.application().getContext().get(ActiveProject.SELECTED_ELEMENT);
            assertEquals(selectedId.get(), selected.getId(), "selected everywhere, not only in the Outline");
        });
    }
}
