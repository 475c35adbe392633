package org.dialectica.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.queries.ArgumentQueries;
import org.dialectica.model.Claim;
import org.dialectica.model.Element;
import org.dialectica.model.Source;
import org.dialectica.ui.outline.OutlinePart;
import org.dialectica.ui.reader.ReaderPart;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

/** Keyboard-first annotation, global undo, save and restart, on the real workbench. */
class AnnotationTest {

    private static final String SENTENCE = "Vladimir Putin has something to be proud of.";

    @Test
    void pressingCOnASelectionCreatesAClaimShownInTheOutlineAndUndoRemovesIt() {
        WorkbenchDriver.runWorkbench(robot -> {
            OpenProject project = robot.waitForProject();
            ReaderPart reader = ReadingSessionTest.waitForReader(robot);
            int claimsBefore = claims(project);

            Claim claim = annotateClaim(robot, reader, SENTENCE);
            assertEquals(claimsBefore + 1, claims(project));
            assertEquals(SENTENCE, claim.getAnchors().get(0).getExact());
            assertEquals(reader.getSource(), claim.getAnchors().get(0).getSource());

            OutlinePart outline = robot.implementation(OutlinePart.ID, OutlinePart.class);
            robot.waitUntil("the Outline shows the new claim", () -> outline.getViewer().testFindItem(claim) != null);
            MMenuItem undoItem = robot.models().findElements(robot.application(), "org.dialectica.ui.menuitem.undo",
                    MMenuItem.class, null, EModelService.IN_MAIN_MENU).get(0);
            robot.waitUntil("Edit > Undo names the action", () -> undoItem.getLabel().startsWith("&Undo ")
                    && undoItem.getLabel().length() > "&Undo ".length());

            execute(robot, "org.eclipse.ui.edit.undo");
            assertEquals(claimsBefore, claims(project), "undo removed the claim");
            robot.waitUntil("the Outline drops the claim", () -> outline.getViewer().testFindItem(claim) == null);

            execute(robot, "org.eclipse.ui.edit.redo");
            assertEquals(claimsBefore + 1, claims(project), "redo brought it back");
            execute(robot, "org.eclipse.ui.edit.undo");
        });
    }

    @Test
    void aSavedClaimAndTheLayoutAreBackAfterARestart() {
        AtomicReference<String> claimId = new AtomicReference<>();
        WorkbenchDriver.runWorkbench(true, robot -> {
            OpenProject project = robot.waitForProject();
            ReaderPart reader = ReadingSessionTest.waitForReader(robot);
            Claim claim = annotateClaim(robot, reader, "Either way, there are obvious obstacles");
            claimId.set(claim.getId());
            assertTrue(project.isDirty());
            String clean = project.model().getName() + " – Dialectica";
            DirtyMarkerTest.waitForTitle(robot, "*" + clean, "the title marks unsaved work");
            execute(robot, "org.eclipse.ui.file.save");
            robot.waitUntil("the save job has finished", () -> !project.isDirty());
            DirtyMarkerTest.waitForTitle(robot, clean, "the title no longer marks unsaved work");
            switchPerspective(robot, "org.dialectica.ui.perspective.analyse");
        });
        WorkbenchDriver.runWorkbench(true, robot -> {
            OpenProject project = robot.waitForProject();
            Element claim = (Element) project.model().getNodes().stream()
                    .filter(n -> n.getId().equals(claimId.get())).findFirst().orElse(null);
            assertNotNull(claim, "the saved claim is in the reopened project");
            MPerspective active = robot.models().getActivePerspective(
                    robot.application().getChildren().get(0));
            assertEquals("org.dialectica.ui.perspective.analyse", active.getElementId(), "the layout came back");
            switchPerspective(robot, "org.dialectica.ui.perspective.read");
            // leave the sample as it was for other tests
            project.editingDomain().getCommandStack().execute(org.dialectica.model.edit.commands.DialecticaCommands
                    .delete(project.editingDomain(), claim));
            execute(robot, "org.eclipse.ui.file.save");
            robot.waitUntil("saved", () -> !project.isDirty());
        });
    }

    static Claim annotateClaim(WorkbenchRobot robot, ReaderPart reader, String quote) {
        OpenProject project = robot.application().getContext().get(OpenProject.class);
        StyledText text = reader.getTextWidget();
        int start = text.getText().indexOf(quote);
        assertTrue(start >= 0, "the article contains: " + quote);
        Source source = reader.getSource();
        assertTrue(new ArgumentQueries(project.model()).anchorsIn(source).stream()
                .noneMatch(a -> a.start() == start && a.end() == start + quote.length()), "span not yet annotated");
        text.setFocus();
        text.setSelection(start, start + quote.length());
        Event key = new Event();
        key.character = 'c';
        key.keyCode = 'c';
        text.notifyListeners(SWT.KeyDown, key);
        robot.settle();
        return (Claim) project.model().getNodes().stream()
                .filter(n -> n instanceof Claim c && c.getAnchors().stream()
                        .anyMatch(a -> a.getStart() == start && a.getEnd() == start + quote.length()))
                .findFirst().orElseThrow(() -> new AssertionError("no claim was created for: " + quote));
    }

    static void execute(WorkbenchRobot robot, String commandId) {
        ECommandService commands = robot.application().getContext().get(ECommandService.class);
        EHandlerService handlers = robot.application().getContext().get(EHandlerService.class);
        var command = commands.createCommand(commandId, null);
        assertTrue(handlers.canExecute(command), commandId + " is enabled");
        handlers.executeHandler(command);
        robot.settle();
    }

    static void switchPerspective(WorkbenchRobot robot, String id) {
        ECommandService commands = robot.application().getContext().get(ECommandService.class);
        EHandlerService handlers = robot.application().getContext().get(EHandlerService.class);
        handlers.executeHandler(commands.createCommand("org.dialectica.ui.command.perspective",
                java.util.Map.of("org.dialectica.ui.perspectiveId", id)));
        robot.settle();
        MPerspective active = robot.models().getActivePerspective(robot.application().getChildren().get(0));
        assertEquals(id, active.getElementId());
    }

    private static int claims(OpenProject project) {
        return (int) project.model().getNodes().stream().filter(Claim.class::isInstance).count();
    }
}
