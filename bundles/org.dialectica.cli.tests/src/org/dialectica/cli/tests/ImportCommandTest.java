package org.dialectica.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dialectica.model.Project;
import org.dialectica.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path temp;

    @Test
    void importsAFolderReportsEachFileSavesAndFailsForTheCorruptOne() throws Exception {
        Path docs = documents();
        Path project = temp.resolve("tariffs");

        Cli.Result first = Cli.run("import", project.toString(), docs.toString());

        assertEquals(1, first.exitCode(), first::toString);
        List<String> lines = first.out().lines().toList();
        assertTrue(lines.contains("imported " + docs.resolve("article.html") + " -> On Tariffs"), first::toString);
        assertTrue(lines.contains("imported " + docs.resolve("notes.txt") + " -> notes"), first::toString);
        String failed = lines.stream().filter(l -> l.startsWith("failed " + docs.resolve("broken.pdf") + ": "))
                .findFirst().orElseThrow(() -> new AssertionError(first));
        assertTrue(failed.length() > ("failed " + docs.resolve("broken.pdf") + ": ").length() + 3, failed);
        assertTrue(lines.get(lines.size() - 1).startsWith("2 imported, 0 updated, 0 unchanged, 1 failed"), first::toString);

        // Saved, and readable by plain EMF: the project is named after its folder and holds the two sources.
        Project model = Cli.load(project);
        assertEquals("tariffs", model.getName());
        assertEquals(List.of("On Tariffs", "notes"), model.getSources().stream().map(Source::getTitle).sorted().toList());
        for (Source source : model.getSources()) {
            String text = Files.readString(project.resolve("sources/" + source.getSha256() + ".txt"), StandardCharsets.UTF_8);
            assertFalse(text.isBlank(), "the text of " + source.getTitle() + " was extracted");
        }
        assertEquals(0, Cli.run("check", project.toString()).exitCode());

        Cli.Result second = Cli.run("import", project.toString(), docs.toString());

        assertEquals(1, second.exitCode(), second::toString);
        assertTrue(second.out().contains("unchanged " + docs.resolve("article.html")), second::toString);
        assertTrue(second.out().contains("unchanged " + docs.resolve("notes.txt")), second::toString);
        assertTrue(second.out().contains("0 imported, 0 updated, 2 unchanged, 1 failed"), second::toString);
        assertEquals(2, Cli.load(project).getSources().size());
    }

    @Test
    void aCleanImportExitsWithZeroAndIncludePatternsSelectFiles() throws Exception {
        Path docs = documents();
        Path project = temp.resolve("only-text");

        Cli.Result result = Cli.run("import", project.toString(), docs.toString(), "--include", "*.txt");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("1 imported, 0 updated, 0 unchanged, 0 failed"), result::toString);
        assertEquals(List.of("notes"), Cli.load(project).getSources().stream().map(Source::getTitle).toList());
    }

    @Test
    void theIndexFollowsLaterImportsWithoutARebuild() throws Exception {
        Path project = temp.resolve("growing");
        Path first = Files.writeString(temp.resolve("first.txt"), "Sanctions rarely change a regime's policy.");
        Path second = Files.writeString(temp.resolve("second.txt"), "Embargoes on grain hurt farmers first.");
        assertEquals(0, Cli.run("import", project.toString(), first.toString()).exitCode());

        assertEquals(0, Cli.run("import", project.toString(), second.toString()).exitCode());
        Cli.Result search = Cli.run("search", project.toString(), "embargoes", "--json");

        assertEquals(0, search.exitCode(), search::toString);
        assertTrue(search.out().startsWith("{\"total\": 1,"), search::toString);
        // The import added the passages to the index itself: search had nothing to rebuild.
        assertEquals("", search.err(), search::toString);
    }

    @Test
    void aChangedFileIsUpdatedItsAnchorsReportedAndTheIndexFollows() throws Exception {
        Path project = temp.resolve("minutes");
        Path file = Files.writeString(temp.resolve("minutes.txt"), "The council closed the bridge.\n\nRepairs start soon.\n");
        assertEquals(0, Cli.run("import", project.toString(), file.toString()).exitCode());

        Files.writeString(file, "Preface about aqueducts.\n\nThe council closed the bridge.\n\nRepairs start soon.\n");
        Cli.Result result = Cli.run("import", project.toString(), file.toString());

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("updated " + file + ": changed since it was imported; 0 anchors"),
                result::toString);
        assertTrue(result.out().contains("0 imported, 1 updated, 0 unchanged, 0 failed"), result::toString);
        assertEquals(1, Cli.load(project).getSources().size(), "the source was updated, not duplicated");
        assertEquals(0, Cli.run("check", project.toString()).exitCode());
        Cli.Result search = Cli.run("search", project.toString(), "aqueducts", "--json");
        assertTrue(search.out().startsWith("{\"total\": 1,"), search::toString);
        assertEquals("", search.err(), "the import updated the index; search had nothing to rebuild");
    }

    @Test
    void aFolderThatIsNeitherAProjectNorEmptyIsLeftAlone() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("holiday-photos"));
        Files.writeString(folder.resolve("photo.txt"), "not a project");
        Path file = Files.writeString(temp.resolve("a.txt"), "Some text.");

        Cli.Result result = Cli.run("import", folder.toString(), file.toString());

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("not a Dialectica project"), result::toString);
        assertFalse(Files.exists(folder.resolve("dialectica.xmi")));
    }

    @Test
    void aMissingInputIsAFailedFileNotAnAbort() throws Exception {
        Path project = temp.resolve("p");
        Path good = Files.writeString(temp.resolve("good.txt"), "Tariffs are taxes on imports.");

        Cli.Result result = Cli.run("import", project.toString(), temp.resolve("missing.txt").toString(), good.toString());

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.out().contains("failed " + temp.resolve("missing.txt")), result::toString);
        assertTrue(result.out().contains("imported " + good + " -> good"), result::toString);
        assertEquals(1, Cli.load(project).getSources().size());
    }

    @Test
    void importNeedsAProjectAndAtLeastOneInput() {
        Cli.Result result = Cli.run("import", temp.resolve("p").toString());

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("usage: dialectica import <project> <file|folder>..."), result::toString);
    }

    @Test
    void aPageSavedUnderAPdfNameIsImportedWithANoteOnItsLine() throws Exception {
        Path page = Files.writeString(temp.resolve("saved.pdf"), "<!DOCTYPE html><html><head><title>Saved page</title>"
                + "</head><body><p>Quotas are tariffs by another name.</p></body></html>", StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("import", temp.resolve("quotas").toString(), page.toString());

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().lines().toList().contains("imported " + page + " -> Saved page (read as text/html; "
                + "the name suggests application/pdf, but that is not what the file contains)"), result::toString);
    }

    private Path documents() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("article.html"), """
                <!DOCTYPE html>
                <html><head><title>On Tariffs</title><meta name="author" content="Ada Smith"></head>
                <body><h1>On Tariffs</h1>
                <p>Tariffs raise prices for consumers and protect few jobs.</p>
                <p>Retaliation follows within months.</p></body></html>
                """, StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("notes.txt"), "Sanctions rarely change policy.\n\nThey hurt the poor first.\n",
                StandardCharsets.UTF_8);
        // Promises a PDF, holds garbage: the importer must refuse it (CORRUPT), not import empty text.
        Files.writeString(docs.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R\nthis is not a pdf",
                StandardCharsets.US_ASCII);
        return docs;
    }
}
