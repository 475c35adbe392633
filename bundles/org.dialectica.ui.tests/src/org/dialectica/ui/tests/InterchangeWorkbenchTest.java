package org.dialectica.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dialectica.core.project.OpenProject;
import org.dialectica.interchange.ExportScope;
import org.dialectica.interchange.InterchangeService;
import org.dialectica.model.Claim;
import org.dialectica.model.Issue;
import org.dialectica.model.Node;
import org.dialectica.ui.interchange.ArgumentsLoadJob;
import org.dialectica.ui.interchange.ExportHandler;
import org.dialectica.ui.interchange.ExportJob;
import org.dialectica.ui.interchange.ExportRequest;
import org.dialectica.ui.interchange.LoadArgumentsHandler;
import org.dialectica.ui.outline.OutlinePart;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File &gt; Export and File &gt; Load Arguments on the real workbench with the sample project. */
class InterchangeWorkbenchTest {

    private static final String AIF = """
            {"nodes": [
              {"nodeID": "1", "text": "Tea is healthier than coffee.", "type": "I"},
              {"nodeID": "2", "text": "Tea has more antioxidants.", "type": "I"},
              {"nodeID": "3", "text": "Default Inference", "type": "RA"},
              {"nodeID": "4", "text": "Coffee has just as many antioxidants.", "type": "I"},
              {"nodeID": "5", "text": "Default Conflict", "type": "CA"}
            ],
            "edges": [
              {"edgeID": "1", "fromID": "2", "toID": "3"},
              {"edgeID": "2", "fromID": "3", "toID": "1"},
              {"edgeID": "3", "fromID": "4", "toID": "5"},
              {"edgeID": "4", "fromID": "5", "toID": "2"}
            ],
            "locutions": []}
            """;

    @TempDir
    Path dir;

    @Test
    void theSampleIsExportedAsArgdownAndHtmlReplacingTheTargetWhole() throws IOException {
        Path argdown = dir.resolve("sample.argdown");
        Path html = Files.writeString(dir.resolve("sample.html"), "an older export");
        ImportWorkbenchTest.runClean(robot -> {
            OpenProject project = robot.waitForProject();
            Issue issue = project.model().getIssues().get(0);
            Claim position = issue.getPositions().get(0);

            export(robot, project, new ExportRequest("argdown", ExportScope.wholeProject(), argdown));
            String text = read(argdown);
            assertTrue(text.contains("generator: Dialectica"), text);
            assertTrue(text.lines().anyMatch(l -> l.startsWith("# ")), "the issue is a heading: " + text);
            assertTrue(text.contains(position.getText().replaceAll("\\s+", " ").substring(0, 20)), text);

            export(robot, project, new ExportRequest("html", ExportScope.issue(issue), html));
            String report = read(html);
            assertTrue(report.contains("<html"), report.substring(0, Math.min(200, report.length())));
            assertFalse(report.contains("an older export"), "the old file was replaced");
            assertTrue(report.contains("joint operation"), "the issue is in the report");
            assertTrue(permissions(argdown).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
                    "an export is not private like a temporary file");
            assertEquals(List.of("sample.argdown", "sample.html"), fileNames(dir), "no temporary file left");
        });
    }

    @Test
    void anAifFileLoadsAsOneUndoableCommandAndABrokenOneNamesTheLine() throws IOException {
        Path aif = Files.writeString(dir.resolve("tea.json"), AIF);
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"nodes\": [\n  {\"nodeID\": 1,\n  oops\n]}");
        ImportWorkbenchTest.runClean(robot -> {
            OpenProject project = robot.waitForProject();
            InterchangeService service = Services.get(InterchangeService.class);
            OutlinePart outline = robot.implementation(OutlinePart.ID, OutlinePart.class);
            int nodesBefore = project.model().getNodes().size();

            ArgumentsLoadJob job = LoadArgumentsHandler.load(aif, Services.mainShell(robot), project, service);
            robot.waitUntil("the file was read", () -> job.getResult() != null);
            Shell loaded = Dialogs.waitForShell(robot, LoadArgumentsHandler.LOADED_TITLE);
            String summary = Dialogs.labels(loaded);
            assertTrue(summary.contains("3 I-node"), summary);
            loaded.close();

            assertEquals(nodesBefore + 5, project.model().getNodes().size(), "3 claims, 1 inference, 1 conflict");
            List<Node> claims = project.model().getNodes().stream()
                    .filter(n -> n instanceof Claim c && c.getText().contains("antioxidants")
                            || n instanceof Claim c2 && c2.getText().startsWith("Tea is healthier"))
                    .toList();
            assertEquals(3, claims.size());
            Claim conclusion = (Claim) claims.stream().filter(c -> ((Claim) c).getText().startsWith("Tea is"))
                    .findFirst().orElseThrow();
            robot.waitUntil("the Outline shows the loaded claim",
                    () -> outline.getViewer().testFindItem(conclusion) != null);

            AnnotationTest.execute(robot, "org.eclipse.ui.edit.undo");
            assertEquals(nodesBefore, project.model().getNodes().size(), "one undo removes everything loaded");
            robot.waitUntil("the Outline drops it", () -> outline.getViewer().testFindItem(conclusion) == null);

            ArgumentsLoadJob bad = LoadArgumentsHandler.load(broken, Services.mainShell(robot), project, service);
            robot.waitUntil("the broken file was read", () -> bad.getResult() != null);
            Shell failed = Dialogs.waitForShell(robot, LoadArgumentsHandler.FAILED_TITLE);
            String message = Dialogs.labels(failed);
            assertTrue(message.contains("Line 3"), message);
            assertTrue(message.contains("broken.json"), message);
            failed.close();
            assertEquals(nodesBefore, project.model().getNodes().size(), "nothing was added");
        });
    }

    private static void export(WorkbenchRobot robot, OpenProject project, ExportRequest request) {
        ExportJob job = ExportHandler.export(request, Services.mainShell(robot), project,
                Services.get(InterchangeService.class));
        robot.waitUntil("the export job has ended", () -> job.getResult() != null);
        assertTrue(job.getResult().isOK(), job.getResult().getMessage());
        Dialogs.waitForShell(robot, ExportHandler.DONE_TITLE).close();
    }

    private static java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions(Path file) {
        try {
            return Files.getPosixFilePermissions(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> fileNames(Path folder) {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
