package org.dialectica.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.queries.AnchoredElement;
import org.dialectica.core.queries.ArgumentQueries;
import org.dialectica.model.Claim;
import org.dialectica.model.Issue;
import org.dialectica.model.Source;
import org.dialectica.ui.library.LibraryPart;
import org.dialectica.ui.outline.OutlinePart;
import org.dialectica.ui.reader.ReaderOpener;
import org.dialectica.ui.reader.ReaderPart;
import org.dialectica.ui.session.ActiveProject;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

/** First start: the sample project opens, its article is shown with its annotations, parts are linked. */
class ReadingSessionTest {

    @Test
    void firstStartOpensTheSampleProjectInLibraryReaderAndOutline() {
        WorkbenchDriver.runWorkbench(robot -> {
            OpenProject project = robot.waitForProject();
            assertEquals(ActiveProject.SAMPLE_FOLDER, project.directory().getFileName().toString());
            Source article = project.model().getSources().get(0);

            LibraryPart library = robot.implementation(LibraryPart.ID, LibraryPart.class);
            robot.waitUntil("the Library lists the article", () -> library.getViewer().getTable().getItemCount() == 1);
            assertTrue(library.getViewer().getTable().getItem(0).getText(0).contains("Islamic State"),
                    library.getViewer().getTable().getItem(0).getText(0));

            ReaderPart reader = waitForReader(robot);
            StyledText text = reader.getTextWidget();
            List<AnchoredElement> anchors = new ArgumentQueries(project.model()).anchorsIn(article);
            assertTrue(anchors.size() >= 8, "the sample has at least 8 anchored annotations: " + anchors.size());
            assertTrue(text.getStyleRanges().length >= anchors.size() / 2,
                    "annotations are highlighted: " + text.getStyleRanges().length + " ranges");
            AnchoredElement first = anchors.get(0);
            assertEquals(first.anchor().getExact(), text.getText(first.start(), first.end() - 1),
                    "highlights sit on the quoted text");

            OutlinePart outline = robot.implementation(OutlinePart.ID, OutlinePart.class);
            robot.waitUntil("the Outline shows the issue", () -> outline.getViewer().getTree().getItemCount() > 0);
            TreeItem root = outline.getViewer().getTree().getItem(0);
            assertTrue(root.getData() instanceof Issue, "the issue comes first: " + root.getData());
            assertTrue(root.getText().contains("joint operation"), root.getText());
        });
    }

    @Test
    void selectingAClaimInTheOutlineSelectsItsQuoteInTheReader() {
        WorkbenchDriver.runWorkbench(robot -> {
            OpenProject project = robot.waitForProject();
            ReaderPart reader = waitForReader(robot);
            OutlinePart outline = robot.implementation(OutlinePart.ID, OutlinePart.class);
            Claim claim = (Claim) project.model().getNodes().stream()
                    .filter(n -> n instanceof Claim c && !c.getAnchors().isEmpty()).findFirst().orElseThrow();

            outline.getViewer().setSelection(new StructuredSelection(claim), true);
            robot.settle();

            Point selection = reader.getTextWidget().getSelection();
            assertEquals(claim.getAnchors().get(0).getStart(), selection.x);
            assertEquals(claim.getAnchors().get(0).getEnd(), selection.y);
            assertEquals(claim, robot.application().getContext().get(ActiveProject.SELECTED_ELEMENT));
        });
    }

    static MPart waitForReaderPart(WorkbenchRobot robot) {
        waitForReader(robot);
        return robot.partsWithId(ReaderOpener.DESCRIPTOR_ID).get(0);
    }

    static ReaderPart waitForReader(WorkbenchRobot robot) {
        robot.waitUntil("a Reader shows the article", () -> {
            List<MPart> readers = robot.partsWithId(ReaderOpener.DESCRIPTOR_ID);
            return !readers.isEmpty() && readers.get(0).getObject() instanceof ReaderPart r
                    && r.getTextWidget().getText().contains("Vladimir Putin")
                    && r.getTextWidget().getStyleRanges().length > 0;
        });
        return (ReaderPart) robot.partsWithId(ReaderOpener.DESCRIPTOR_ID).get(0).getObject();
    }
}
