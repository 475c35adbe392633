package org.dialectica.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.dialectica.core.project.OpenProject;
import org.dialectica.importer.ImportOptions;
import org.dialectica.importer.ImportReport;
import org.dialectica.importer.ImportReport.FileResult;
import org.dialectica.importer.ImportReport.Status;
import org.dialectica.importer.ImportService;
import org.dialectica.importer.ImporterDescriptor;
import org.dialectica.importer.ImporterRegistry;
import org.dialectica.model.AnchorState;
import org.dialectica.model.Claim;
import org.dialectica.model.Source;
import org.dialectica.model.TextAnchor;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing a file again after it changed: the source keeps its identity, takes the new text, and every
 * anchor on it is found again (MOVED) or marked ORPHANED, never dropped; one undo restores the old state.
 */
class ReimportTest {

    private static final String FIRST = """
            The council met on Monday.

            It decided to close the bridge for repairs.

            Traffic will be diverted through the old town.""";

    @TempDir
    Path root;

    private OpenProject project;
    private ImportService service;
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        project = TestProjects.create(root.resolve("project"));
        service = new ImportService(new ImporterRegistry().register(new ImporterDescriptor("txt", "Text", 0,
                Set.of("text/plain"), Set.of("txt"), PlainTextImporter::new)));
        file = Files.writeString(root.resolve("minutes.txt"), FIRST);
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    private ImportReport importFile() {
        return service.importPaths(project, List.of(file), ImportOptions.defaults(), null);
    }

    private Claim annotate(Source source, String quote) throws Exception {
        String text = project.texts().text(source);
        int start = text.indexOf(quote);
        assertTrue(start >= 0, quote);
        Command annotate = DialecticaCommands.annotateClaim(project.editingDomain(), source, text, start,
                start + quote.length(), null);
        project.editingDomain().getCommandStack().execute(annotate);
        return (Claim) annotate.getResult().iterator().next();
    }

    @Test
    void aChangedFileUpdatesItsSourceAndReanchorsEveryQuote() throws Exception {
        assertEquals(Status.IMPORTED, importFile().results().get(0).status());
        Source source = project.model().getSources().get(0);
        String oldSha = source.getSha256();
        Claim bridge = annotate(source, "close the bridge for repairs");
        Claim traffic = annotate(source, "Traffic will be diverted through the old town");
        Claim monday = annotate(source, "The council met on Monday");

        // A paragraph inserted before (bridge and traffic move), the traffic sentence reworded slightly
        // (found by fuzzy match), the first sentence gone (orphaned).
        Files.writeString(file, """
                After a long debate, and against the advice of the mayor, the members of the council agreed.

                It decided to close the bridge for repairs.

                Traffic will be diverted through the old city.""");
        ImportReport report = importFile();

        FileResult result = report.results().get(0);
        assertEquals(Status.UPDATED, result.status(), result.toString());
        assertEquals(source.getId(), result.sourceId());
        assertEquals(1, project.model().getSources().size(), "no second source for a new version");
        assertNotNull(result.anchors());
        assertEquals(3, result.anchors().outcomes().size());
        assertEquals(2, result.anchors().count(AnchorState.MOVED), result.anchors().toString());
        assertEquals(1, result.anchors().count(AnchorState.ORPHANED), result.anchors().toString());
        assertTrue(result.message().contains("2 moved") && result.message().contains("1 orphaned"),
                result.message());

        String newText = project.texts().text(source);
        assertFalse(oldSha.equals(source.getSha256()));
        assertEquals(newText.length(), source.getTextLength());
        TextAnchor moved = bridge.getAnchors().get(0);
        assertEquals(AnchorState.MOVED, moved.getState());
        assertEquals("close the bridge for repairs", newText.substring(moved.getStart(), moved.getEnd()));
        TextAnchor reworded = traffic.getAnchors().get(0);
        assertEquals(AnchorState.MOVED, reworded.getState());
        assertTrue(newText.substring(reworded.getStart(), reworded.getEnd()).startsWith("Traffic will be diverted"),
                newText.substring(reworded.getStart(), reworded.getEnd()));
        TextAnchor orphan = monday.getAnchors().get(0);
        assertEquals(AnchorState.ORPHANED, orphan.getState());
        assertEquals("The council met on Monday", orphan.getExact(), "an orphan keeps its quote");
        assertTrue(project.model().getNodes().containsAll(List.of(bridge, traffic, monday)), "no claim is dropped");
    }

    @Test
    void oneUndoRestoresTheOldTextAndAnchors() throws Exception {
        importFile();
        Source source = project.model().getSources().get(0);
        String oldSha = source.getSha256();
        int oldLength = source.getTextLength();
        Claim bridge = annotate(source, "close the bridge for repairs");
        int oldStart = bridge.getAnchors().get(0).getStart();

        Files.writeString(file, "A new first paragraph.\n\n" + FIRST);
        assertEquals(Status.UPDATED, importFile().results().get(0).status());
        assertEquals(oldStart + "A new first paragraph.\n\n".length(), bridge.getAnchors().get(0).getStart());

        CommandStack stack = project.editingDomain().getCommandStack();
        assertTrue(stack.getUndoCommand().getLabel().contains("minutes"), stack.getUndoCommand().getLabel());
        stack.undo();
        assertEquals(oldSha, source.getSha256());
        assertEquals(oldLength, source.getTextLength());
        assertEquals(oldStart, bridge.getAnchors().get(0).getStart());
        assertEquals(AnchorState.ANCHORED, bridge.getAnchors().get(0).getState());
        assertEquals(FIRST, project.texts().text(source), "the old text is still stored");

        stack.redo();
        assertEquals(AnchorState.MOVED, bridge.getAnchors().get(0).getState());
        assertTrue(project.texts().text(source).startsWith("A new first paragraph."));
    }

    @Test
    void aChangedFileThatCannotBeReadFailsAndLeavesTheSourceAndItsAnchorsAlone() throws Exception {
        importFile();
        Source source = project.model().getSources().get(0);
        String oldSha = source.getSha256();
        Claim bridge = annotate(source, "close the bridge for repairs");
        TextAnchor anchor = bridge.getAnchors().get(0);
        int start = anchor.getStart();
        Command lastEdit = project.editingDomain().getCommandStack().getUndoCommand();

        // Not UTF-8 any more: the plain-text importer refuses it.
        Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, 'x'});
        FileResult result = importFile().results().get(0);

        assertEquals(Status.FAILED, result.status(), result.toString());
        assertTrue(result.message().startsWith("minutes.txt: "), result.message());
        assertEquals(oldSha, source.getSha256(), "the source keeps its text");
        assertEquals(FIRST, project.texts().text(source));
        assertEquals(start, anchor.getStart());
        assertEquals(AnchorState.ANCHORED, anchor.getState());
        assertSame(lastEdit, project.editingDomain().getCommandStack().getUndoCommand(), "nothing was executed");
    }

    @Test
    void theSameContentFromAnotherPlaceIsNotAnUpdate() throws Exception {
        importFile();
        Path copy = Files.copy(file, root.resolve("copy.txt"));
        Files.writeString(file, "Entirely different minutes.");
        ImportReport report = service.importPaths(project, List.of(copy, root.resolve("other.txt")),
                ImportOptions.defaults(), null);
        assertEquals(Status.UNCHANGED, report.results().get(0).status(), "same content as the first import");

        Path elsewhere = Files.writeString(Files.createDirectories(root.resolve("elsewhere")).resolve("minutes.txt"),
                "Minutes of another meeting.");
        ImportReport another = service.importPaths(project, List.of(elsewhere), ImportOptions.defaults(), null);
        assertEquals(Status.IMPORTED, another.results().get(0).status(),
                "a file of the same name from another folder is another source");
        assertEquals(2, project.model().getSources().size());
    }
}
