package org.dialectica.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.queries.ArgumentQueries;
import org.dialectica.importer.ImportService;
import org.dialectica.model.Source;
import org.dialectica.ui.importing.ImportFilesHandler;
import org.dialectica.ui.importing.ImportReportDialog;
import org.dialectica.ui.importing.SourceImportJob;
import org.dialectica.ui.library.LibraryPart;
import org.dialectica.ui.preferences.ImportPreferences;
import org.dialectica.ui.reader.ReaderOpener;
import org.dialectica.ui.reader.ReaderPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File &gt; Import, drag and drop onto the Library, the import limits, Library delete: on the real workbench. */
class ImportWorkbenchTest {

    private static final String SENTENCE = "Courage is knowing what not to fear.";

    @TempDir
    Path dir;

    @Test
    void importedHtmlIsListedAndOpenedACorruptFileFailsAloneAndUndoRemovesTheBatch() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Path broken = Files.write(dir.resolve("broken.docx"), garbage);
        Path html = Files.writeString(dir.resolve("laches.html"), "<html><head><title>Laches, on courage</title>"
                + "<meta name=\"author\" content=\"Plato\"></head><body><h1>Laches</h1><p>" + SENTENCE
                + "</p><p>Nicias disagrees.</p></body></html>");
        runClean(robot -> {
            OpenProject project = robot.waitForProject();
            LibraryPart library = robot.implementation(LibraryPart.ID, LibraryPart.class);
            int before = project.model().getSources().size();

            SourceImportJob job = importFiles(robot, project, List.of(broken, html));
            robot.waitUntil("the import job has ended", () -> job.getResult() != null);

            Shell report = Dialogs.waitForShell(robot, ImportReportDialog.TITLE);
            Table rows = Dialogs.table(report);
            assertEquals(2, rows.getItemCount(), "one row per file");
            assertEquals("broken.docx", rows.getItem(0).getText(0));
            assertEquals("failed", rows.getItem(0).getText(1), "the corrupt file failed");
            assertTrue(rows.getItem(0).getText(2).startsWith("Damaged file"), rows.getItem(0).getText(2));
            assertEquals("laches.html", rows.getItem(1).getText(0));
            assertEquals("imported", rows.getItem(1).getText(1), "the batch went on after the failure");
            GC gc = new GC(rows);
            int unchanged = gc.stringExtent("unchanged").x;
            gc.dispose();
            assertTrue(rows.getColumn(1).getWidth() >= unchanged + 12,
                    "the status column shows its longest word whole: " + rows.getColumn(1).getWidth() + " px");
            report.close();

            assertEquals(before + 1, project.model().getSources().size());
            Source source = project.model().getSources().get(before);
            assertEquals("Laches, on courage", source.getTitle());
            robot.waitUntil("the Library lists it",
                    () -> library.getViewer().getTable().getItemCount() == before + 1);
            assertNotNull(library.getViewer().testFindItem(source));
            Table sources = library.getViewer().getTable();
            GC libraryGc = new GC(sources);
            int formatWidth = Math.max(libraryGc.stringExtent("HTML").x, libraryGc.stringExtent("Format").x);
            int notesWidth = libraryGc.stringExtent("Notes").x;
            libraryGc.dispose();
            assertTrue(sources.getColumn(3).getWidth() >= formatWidth + 12,
                    "the Library's Format column shows HTML and its header whole: " + sources.getColumn(3).getWidth()
                            + " px");
            assertTrue(sources.getColumn(4).getWidth() >= notesWidth + 12,
                    "the Notes header is whole: " + sources.getColumn(4).getWidth() + " px");

            MPart readerPart = ReaderOpener.find(source, robot.application(), robot.models());
            assertNotNull(readerPart, "the imported source was opened in a Reader");
            robot.waitUntil("the Reader shows the text", () -> readerPart.getObject() instanceof ReaderPart r
                    && r.getTextWidget() != null && r.getTextWidget().getText().contains(SENTENCE));
            assertTrue(((ReaderPart) readerPart.getObject()).getTextWidget().getText().startsWith("Laches"));

            AnnotationTest.execute(robot, "org.eclipse.ui.edit.undo");
            assertEquals(before, project.model().getSources().size(), "one undo removes the batch");
            robot.waitUntil("the Library drops it", () -> library.getViewer().testFindItem(source) == null);
            robot.application().getContext().get(EPartService.class).hidePart(readerPart, true);
        });
    }

    @Test
    void theMaximumFileSizeFromThePreferencesIsWhatTheImportUses() throws Exception {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "word ".repeat(300_000)); // 1.5 MB
        ImportPreferences preferences = ImportPreferences.instance();
        preferences.store(1, ImportPreferences.DEFAULT_MAX_CHARS, ImportPreferences.DEFAULT_PARSE_TIMEOUT_SECONDS);
        try {
            assertEquals(1024 * 1024, preferences.limits().maxFileSize());
            runClean(robot -> {
                OpenProject project = robot.waitForProject();
                int before = project.model().getSources().size();
                SourceImportJob job = importFiles(robot, project, List.of(big));
                robot.waitUntil("the import job has ended", () -> job.getResult() != null);
                Table rows = Dialogs.table(Dialogs.waitForShell(robot, ImportReportDialog.TITLE));
                assertEquals("failed", rows.getItem(0).getText(1));
                assertTrue(rows.getItem(0).getText(2).startsWith("Too large"), rows.getItem(0).getText(2));
                assertEquals(before, project.model().getSources().size());
                Dialogs.closeAll(robot.display(), ImportReportDialog.TITLE);
            });
        } finally {
            preferences.reset();
        }
        assertEquals(ImportPreferences.DEFAULT_MAX_FILE_SIZE_MIB, preferences.maxFileSizeMiB());
    }

    @Test
    void aFolderDroppedOnTheLibraryIsImportedAndLibraryDeleteAsksAndUndoes() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(folder.resolve("first.txt"), "The first note.\n\nIt has two paragraphs.");
        Files.writeString(folder.resolve(".hidden.txt"), "Never imported.");
        runClean(robot -> {
            OpenProject project = robot.waitForProject();
            LibraryPart library = robot.implementation(LibraryPart.ID, LibraryPart.class);
            int before = project.model().getSources().size();

            SourceImportJob job = library.importFiles(List.of(folder)); // what a drop of the folder does
            robot.waitUntil("the import job has ended", () -> job.getResult() != null);
            Dialogs.waitForShell(robot, ImportReportDialog.TITLE);
            Dialogs.closeAll(robot.display(), ImportReportDialog.TITLE);
            assertEquals(before + 1, project.model().getSources().size(), "one file; the hidden one is skipped");
            AnnotationTest.execute(robot, "org.eclipse.ui.edit.undo");
            assertEquals(before, project.model().getSources().size());

            // Delete the sample article: its annotations lose their quotes, and undo brings them back.
            Source article = project.model().getSources().get(0);
            long quotes = new ArgumentQueries(project.model()).anchorCount(article);
            assertTrue(quotes > 0);
            robot.waitUntil("the Library lists the article", () -> library.getViewer().testFindItem(article) != null);
            library.getViewer().setSelection(new StructuredSelection(article));

            List<String> cancelled = new ArrayList<>();
            Dialogs.answerWhenOpen(robot.display(), "Delete sources", "Cancel", cancelled);
            library.deleteSelected();
            assertTrue(project.model().getSources().contains(article), "Cancel deletes nothing");

            List<String> seen = new ArrayList<>();
            Dialogs.answerWhenOpen(robot.display(), "Delete sources", "Delete", seen);
            library.deleteSelected();
            String message = String.join("\n", seen);
            assertTrue(message.contains(article.getTitle()), message);
            assertTrue(message.contains(quotes + " annotations quote it"), message);
            assertTrue(!project.model().getSources().contains(article), "deleted");
            long elements = new ArgumentQueries(project.model()).anchoredElements().count();
            assertEquals(0, new ArgumentQueries(project.model()).anchoredElements()
                    .mapToLong(e -> ArgumentQueries.anchorsOf(e).size()).sum(), "no quote left");
            assertTrue(elements > 0, "the claims and issues stay");
            robot.waitUntil("the Library drops it", () -> library.getViewer().testFindItem(article) == null);

            AnnotationTest.execute(robot, "org.eclipse.ui.edit.undo");
            assertTrue(project.model().getSources().contains(article), "undo brings the source back");
            assertEquals(quotes, new ArgumentQueries(project.model()).anchorCount(article), "and its quotes");
            robot.waitUntil("the Library lists it again", () -> library.getViewer().testFindItem(article) != null);
            assertNull(Dialogs.find(robot.display(), "Delete sources"));
        });
    }

    /**
     * Leaves the sample project as saved, also when an assertion failed half-way: unsaved work would be
     * autosaved at close and the next test's workbench would stop at the recovery question.
     */
    static void undoToSaved(OpenProject project) {
        var stack = project.editingDomain().getCommandStack();
        while (project.isDirty() && stack.canUndo()) {
            stack.undo();
        }
    }

    /** Runs the workbench and, whatever happens in {@code check}, leaves the project as saved. */
    static void runClean(java.util.function.Consumer<WorkbenchRobot> check) {
        WorkbenchDriver.runWorkbench(robot -> {
            try {
                check.accept(robot);
            } finally {
                OpenProject project = robot.application().getContext().get(OpenProject.class);
                if (project != null) {
                    undoToSaved(project);
                }
            }
        });
    }

    static SourceImportJob importFiles(WorkbenchRobot robot, OpenProject project, List<Path> files) {
        return ImportFilesHandler.importPaths(files, Services.mainShell(robot), project,
                Services.get(ImportService.class), robot.application(), robot.models(),
                robot.application().getContext().get(EPartService.class));
    }
}
