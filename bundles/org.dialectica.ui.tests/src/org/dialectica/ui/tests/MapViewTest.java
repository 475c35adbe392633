package org.dialectica.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.dialectica.core.project.OpenProject;
import org.dialectica.model.Claim;
import org.dialectica.model.Node;
import org.dialectica.ui.map.MapGraph;
import org.dialectica.ui.map.MapGraph.MapNode;
import org.dialectica.ui.map.MapPart;
import org.dialectica.ui.outline.OutlinePart;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

/** The argument map of the sample project in the real workbench. */
class MapViewTest {

    @Test
    void theSampleMapShowsEveryClaimAndClickingABoxSelectsItInTheOutline() throws Exception {
        WorkbenchDriver.runWorkbench(robot -> {
            OpenProject project = robot.waitForProject();
            Path snapshot = project.directory().resolve(".dialectica").resolve("map.png");
            // The sample is shared by all tests: an image left by an earlier test's map (laid out from other
            // positions, so of another width) would pass the wait below before this map's image is written.
            try {
                Files.deleteIfExists(snapshot);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            showPerspective(robot, "org.dialectica.ui.perspective.analyse");
            MapPart map = robot.implementation(MapPart.ID, MapPart.class);
            robot.waitUntil("the map is laid out", () -> map.canvas().graph() != null
                    && !map.canvas().graph().nodes().isEmpty());
            MapGraph graph = map.canvas().graph();
            robot.waitUntil("the map image for reports is saved", () -> Files.isRegularFile(snapshot));
            assertEquals((int) Math.ceil(graph.width()), new ImageLoader().load(snapshot.toString())[0].width,
                    "reports get the whole map");
            for (Node node : project.model().getNodes()) {
                if (node instanceof Claim claim) {
                    assertNotNull(graph.nodeOf(claim), "the map shows claim " + claim.getText());
                }
            }

            Claim claim = (Claim) project.model().getNodes().stream().filter(Claim.class::isInstance).findFirst()
                    .orElseThrow();
            MapNode box = graph.nodeOf(claim);
            map.canvas().reveal(box);
            robot.settle();
            Point center = map.canvas().widgetCenter(box);
            click(map, center);
            robot.settle();

            OutlinePart outline = robot.implementation(OutlinePart.ID, OutlinePart.class);
            robot.waitUntil("the Outline selects the claim",
                    () -> outline.getViewer().getStructuredSelection().getFirstElement() == claim);
            assertEquals(claim, outline.getViewer().getStructuredSelection().getFirstElement());

            try {
                Path dir = Files.createTempDirectory("map-export");
                map.exportPng(dir.resolve("map.png"));
                ImageData png = new ImageLoader().load(dir.resolve("map.png").toString())[0];
                assertEquals((int) Math.ceil(graph.width()), png.width);
                map.exportSvg(dir.resolve("map.svg"));
                assertTrue(Files.readString(dir.resolve("map.svg")).contains("<svg"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            showPerspective(robot, "org.dialectica.ui.perspective.read");
        });
    }

    private static void click(MapPart map, Point at) {
        Event down = new Event();
        down.x = at.x;
        down.y = at.y;
        down.button = 1;
        map.canvas().control().notifyListeners(SWT.MouseDown, down);
        Event up = new Event();
        up.x = at.x;
        up.y = at.y;
        up.button = 1;
        map.canvas().control().notifyListeners(SWT.MouseUp, up);
    }

    static void showPerspective(WorkbenchRobot robot, String id) {
        ECommandService commands = robot.application().getContext().get(ECommandService.class);
        EHandlerService handlers = robot.application().getContext().get(EHandlerService.class);
        handlers.executeHandler(commands.createCommand("org.dialectica.ui.command.perspective",
                Map.of("org.dialectica.ui.perspectiveId", id)));
        robot.settle();
    }
}
