package org.dialectica.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.dialectica.core.project.OpenProject;
import org.dialectica.importer.DocumentMetadata;
import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportException;
import org.dialectica.importer.ImportException.Reason;
import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.ImportOptions;
import org.dialectica.importer.ImportReport;
import org.dialectica.importer.ImportReport.FileResult;
import org.dialectica.importer.ImportReport.Status;
import org.dialectica.importer.ImportService;
import org.dialectica.importer.ImporterDescriptor;
import org.dialectica.importer.ImporterRegistry;
import org.dialectica.model.Source;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {

    @TempDir
    Path root;

    private Path folder;
    private OpenProject project;
    private ImportService service;

    @BeforeEach
    void setUp() throws Exception {
        folder = Files.createDirectories(root.resolve("papers"));
        project = TestProjects.create(root.resolve("project"));
        ImporterRegistry registry = new ImporterRegistry().register(new ImporterDescriptor("txt", "Text", 0,
                Set.of("text/plain"), Set.of("txt"), PlainTextImporter::new));
        service = new ImportService(registry);
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    private Path sources() {
        return project.directory().resolve("sources");
    }

    private Path write(String relative, String text) throws Exception {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private ImportReport importFolder(ImportOptions options) {
        return service.importPaths(project, List.of(folder), options, new NullProgressMonitor());
    }

    private static Map<String, FileResult> byName(ImportReport report) {
        return report.results().stream().collect(Collectors.toMap(r -> r.file().getFileName().toString(), r -> r));
    }

    @Test
    void aFileWhoseTextCannotBeStoredFailsAloneAndSoDoItsCopies() throws Exception {
        write("good.txt", "Good text.");
        String blocked = "This text finds its place taken.";
        write("blocked.txt", blocked);
        write("copy-of-blocked.txt", blocked);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(blocked.getBytes(StandardCharsets.UTF_8)));
        // A non-empty folder where the text would go: the text cannot be renamed into place (as on a full disk,
        // the failure comes from the store, which runs in the background while the next file is extracted).
        Files.createDirectories(sources().resolve(sha + ".txt").resolve("in-the-way"));

        ImportReport report = importFolder(ImportOptions.defaults());

        Map<String, FileResult> results = byName(report);
        assertEquals(Status.IMPORTED, results.get("good.txt").status());
        for (String name : List.of("blocked.txt", "copy-of-blocked.txt")) {
            FileResult result = results.get(name);
            assertEquals(Status.FAILED, result.status(), name);
            assertEquals(Reason.IO, result.reason(), name);
            assertNull(result.sourceId(), name);
            assertTrue(result.message().contains(name) && result.message().contains("cannot store"),
                    result.message());
        }
        assertEquals(List.of("good"), project.model().getSources().stream().map(Source::getTitle).toList(),
                "only the stored file became a source");
        assertEquals("Good text.", project.texts().text(project.model().getSources().get(0)));
        try (var files = Files.list(sources())) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void importsAFolderRecursivelyDeduplicatesAndReportsEveryFile() throws Exception {
        write("a.txt", "Alpha paragraph.\r\n\r\nSecond paragraph.");
        write("sub/c.txt", "Gamma.");
        write("copy-of-a.txt", "Alpha paragraph.\r\n\r\nSecond paragraph.");
        write("empty.txt", "");
        write("picture.bin", "not text");
        write(".hidden.txt", "hidden");
        write(".git/config.txt", "hidden folder");

        ImportReport report = importFolder(ImportOptions.defaults().withAuthor("tester"));

        Map<String, FileResult> results = byName(report);
        assertEquals(Set.of("a.txt", "c.txt", "copy-of-a.txt", "empty.txt", "picture.bin"), results.keySet());
        assertEquals(Status.IMPORTED, results.get("a.txt").status());
        assertEquals(Status.IMPORTED, results.get("c.txt").status());
        assertEquals(Status.UNCHANGED, results.get("copy-of-a.txt").status(), "same content, same source");
        assertEquals(results.get("a.txt").sourceId(), results.get("copy-of-a.txt").sourceId());
        assertEquals(Reason.EMPTY, results.get("empty.txt").reason());
        assertEquals(Reason.UNSUPPORTED_FORMAT, results.get("picture.bin").reason());
        assertTrue(results.get("picture.bin").message().startsWith("picture.bin: "), results.get("picture.bin").message());
        assertFalse(report.isComplete());
        assertFalse(report.cancelled());

        assertEquals(2, project.model().getSources().size());
        Source a = project.model().getSources().stream().filter(s -> s.getFileName().equals("a.txt")).findFirst()
                .orElseThrow();
        assertEquals("a", a.getTitle(), "file name without extension when the format has no title");
        assertEquals("text/plain", a.getMediaType());
        assertEquals(64, a.getSha256().length());
        assertEquals("tester", a.getAuthor());
        String text = "Alpha paragraph.\n\nSecond paragraph.";
        assertEquals(text.length(), a.getTextLength());
        assertEquals(text, project.texts().text(a));
        assertEquals("Alpha paragraph.\r\n\r\nSecond paragraph.",
                Files.readString(sources().resolve(a.getSha256() + ".orig.txt")), "original kept as it was");
        try (var leftovers = Files.list(sources())) {
            assertTrue(leftovers.noneMatch(p -> p.toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void theWholeImportIsOneUndoableCommand() throws Exception {
        write("a.txt", "one");
        write("b.txt", "two");
        importFolder(ImportOptions.defaults());
        assertEquals(2, project.model().getSources().size());

        project.editingDomain().getCommandStack().undo();
        assertEquals(0, project.model().getSources().size());
    }

    @Test
    void reimportSkipsUnchangedFilesAndTakesChangedOnes() throws Exception {
        Path a = write("a.txt", "version one");
        write("b.txt", "stays");
        importFolder(ImportOptions.defaults());

        ImportReport again = importFolder(ImportOptions.defaults());
        assertEquals(2, again.count(Status.UNCHANGED));
        assertEquals(2, project.model().getSources().size());

        Source before = project.model().getSources().stream().filter(s -> s.getFileName().equals("a.txt"))
                .findFirst().orElseThrow();
        String oldSha = before.getSha256();
        Files.writeString(a, "version two");
        ImportReport changed = importFolder(ImportOptions.defaults());
        assertEquals(Status.UPDATED, byName(changed).get("a.txt").status());
        assertEquals(before.getId(), byName(changed).get("a.txt").sourceId(), "the same source, updated");
        assertEquals(Status.UNCHANGED, byName(changed).get("b.txt").status());
        assertEquals(2, project.model().getSources().size());
        assertEquals("version two", project.texts().text(before));
        assertTrue(project.texts().hasText(oldSha), "the old text stays stored, for undo");
    }

    @Test
    void aMissingTextIsRestoredWithoutANewSource() throws Exception {
        write("a.txt", "precious");
        importFolder(ImportOptions.defaults());
        Source a = project.model().getSources().get(0);
        Files.delete(sources().resolve(a.getSha256() + ".txt"));

        ImportReport report = importFolder(ImportOptions.defaults());
        assertEquals(Status.UNCHANGED, report.results().get(0).status());
        assertTrue(report.results().get(0).message().contains("restored"), report.results().get(0).message());
        assertEquals("precious", project.texts().text(a));
        assertEquals(1, project.model().getSources().size());
    }

    @Test
    void includeExcludeAndRecursionSelectFiles() throws Exception {
        write("keep.txt", "keep");
        write("draft-notes.txt", "draft");
        write("deep/keep-too.txt", "deep");
        write("other.md", "markdown");

        ImportReport flat = importFolder(ImportOptions.defaults().withRecursive(false).withIncludes("*.txt")
                .withExcludes("draft-*"));
        assertEquals(Set.of("keep.txt"), byName(flat).keySet());

        ImportReport deep = importFolder(ImportOptions.defaults().withIncludes("deep/**"));
        assertEquals(Set.of("keep-too.txt"), byName(deep).keySet());
    }

    @Test
    void explicitFilesAreTakenAndMissingOnesReported() throws Exception {
        Path file = write("named.txt", "named");
        ImportReport report = service.importPaths(project, List.of(file, root.resolve("gone.txt")),
                ImportOptions.defaults().withIncludes("*.pdf"), null);

        assertEquals(Status.IMPORTED, byName(report).get("named.txt").status());
        assertEquals(Reason.IO, byName(report).get("gone.txt").reason());
    }

    @Test
    void cancelStopsTheBatchAndKeepsWhatWasDone() throws Exception {
        for (int i = 0; i < 5; i++) {
            write("f" + i + ".txt", "file " + i);
        }
        NullProgressMonitor cancelAfterFirst = new NullProgressMonitor() {
            private int files;

            @Override
            public void subTask(String name) {
                if (++files > 1) {
                    setCanceled(true);
                }
            }
        };
        ImportReport report = service.importPaths(project, List.of(folder), ImportOptions.defaults(), cancelAfterFirst);

        assertTrue(report.cancelled());
        assertTrue(report.results().size() < 5, report.results().toString());
        assertEquals(report.count(Status.IMPORTED), project.model().getSources().size());
        for (Source s : project.model().getSources()) {
            assertTrue(project.texts().hasText(s.getSha256()), "every added source has its text");
        }
        assertNull(report.results().get(0).reason());
    }

    @Test
    void aFileWhoseContentIsNotWhatItsNameSaysIsImportedWithANote() throws Exception {
        // An importer that reads "pdf" files and finds plain text in them, as the Tika importer does for a text saved
        // under a PDF's name.
        ImporterRegistry registry = new ImporterRegistry().register(new ImporterDescriptor("misnamed", "Misnamed", 0,
                Set.of("application/pdf"), Set.of("pdf"), () -> new PlainTextImporter() {
                    @Override
                    public ExtractedDocument extract(Path file, ImportLimits limits) throws ImportException {
                        ExtractedDocument doc = super.extract(file, limits);
                        DocumentMetadata m = doc.metadata();
                        return new ExtractedDocument(doc.text(), new DocumentMetadata(m.title(), m.authors(), m.date(),
                                m.language(), m.mediaType(), Map.of(DocumentMetadata.TYPE_BY_NAME, "application/pdf")),
                                doc.passages());
                    }
                }));
        write("notes.pdf", "Plain notes, saved under the wrong name.");
        write("plain.txt", "A text named as a text.");
        registry.register(new ImporterDescriptor("txt", "Text", 0, Set.of("text/plain"), Set.of("txt"),
                PlainTextImporter::new));

        ImportReport report = new ImportService(registry).importPaths(project, List.of(folder),
                ImportOptions.defaults(), new NullProgressMonitor());

        FileResult misnamed = byName(report).get("notes.pdf");
        assertEquals(Status.IMPORTED, misnamed.status(), "read for what it is; nothing lost");
        assertEquals("notes.pdf: read as text/plain; the name suggests application/pdf, but that is not what the file "
                + "contains", misnamed.message());
        assertNull(byName(report).get("plain.txt").message(), "no note for a file that is what its name says");
        assertEquals(2, project.model().getSources().size());
    }
}
