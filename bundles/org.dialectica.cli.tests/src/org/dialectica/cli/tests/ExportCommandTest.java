package org.dialectica.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.dialectica.model.Claim;
import org.dialectica.model.Issue;
import org.dialectica.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ExportCommandTest {

    @TempDir
    Path temp;

    @Test
    void aifIsJsonWithTheModelsNodesAndEdges() throws Exception {
        Path project = Cli.sample(temp.resolve("sample"));
        Project model = Cli.load(project);

        Cli.Result result = Cli.run("export", project.toString(), "--format", "aif");

        assertEquals(0, result.exitCode(), result::toString);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertTrue(json.get("nodes").isArray() && json.get("edges").isArray(), result::toString);
        long iNodes = 0;
        for (JsonNode node : json.get("nodes")) {
            iNodes += node.get("type").asText().equals("I") ? 1 : 0;
        }
        assertEquals(model.getNodes().stream().filter(Claim.class::isInstance).count() + model.getIssues().size(), iNodes);
        assertTrue(json.get("edges").size() > 0);
    }

    @Test
    void argdownHasTheIssueAsHeading() throws Exception {
        Path project = Cli.sample(temp.resolve("sample"));
        Issue issue = Cli.load(project).getIssues().get(0);

        Cli.Result result = Cli.run("export", project.toString(), "--format=argdown");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().lines().anyMatch(l -> l.equals("# " + issue.getText())), result::toString);
    }

    @Test
    void csvHasAHeaderAndOneRecordPerAnchor() throws Exception {
        Path project = Cli.sample(temp.resolve("sample"));
        Project model = Cli.load(project);
        long anchors = model.getNodes().stream().filter(Claim.class::isInstance)
                .mapToLong(c -> ((Claim) c).getAnchors().size()).sum()
                + model.getIssues().stream().mapToLong(i -> i.getAnchors().size()).sum();

        Cli.Result result = Cli.run("export", project.toString(), "--format", "csv");

        assertEquals(0, result.exitCode(), result::toString);
        List<String> records = records(result.out());
        assertTrue(records.get(0).startsWith("source_title,"), records.get(0));
        assertEquals(anchors + 1, records.size(), result::toString);
        assertTrue(anchors > 5, "the sample has anchors");
    }

    @Test
    void htmlAndMarkdownEscapeTexts() throws Exception {
        Path project = Cli.sample(temp.resolve("sample"));
        Project model = Cli.load(project);
        Claim position = model.getIssues().get(0).getPositions().get(0);
        position.setText("Yes <script>alert('x')</script> & more");
        model.eResource().save(null);

        Cli.Result html = Cli.run("export", project.toString(), "--format", "html");
        Cli.Result markdown = Cli.run("export", project.toString(), "--format", "markdown");

        assertEquals(0, html.exitCode(), html::toString);
        assertTrue(html.out().contains("Yes &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                || html.out().contains("Yes &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; more"), html::toString);
        assertFalse(html.out().contains("<script>"), "no claim text becomes markup");
        assertEquals(0, markdown.exitCode(), markdown::toString);
        assertTrue(markdown.out().contains("&lt;script&gt;"), markdown::toString);
        assertFalse(markdown.out().contains("<script>"), "no claim text becomes markup");
    }

    @Test
    void outputFileHoldsTheSameBytesAndNoTemporaryFileRemains() throws Exception {
        Path project = Cli.sample(temp.resolve("sample"));
        Path out = temp.resolve("exports/map.argdown");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "old content");

        Cli.Result toFile = Cli.run("export", project.toString(), "--format", "argdown", "-o", out.toString());
        Cli.Result toStdout = Cli.run("export", project.toString(), "--format", "argdown");

        assertEquals(0, toFile.exitCode(), toFile::toString);
        assertEquals(toStdout.out(), Files.readString(out, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void anUnknownOrMissingFormatIsAUsageError() throws Exception {
        Path project = Cli.sample(temp.resolve("sample"));

        Cli.Result unknown = Cli.run("export", project.toString(), "--format", "docx");
        Cli.Result missing = Cli.run("export", project.toString());

        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("known formats: aif, argdown, csv, html, markdown"), unknown::toString);
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("--format is required"), missing::toString);
        assertEquals("", unknown.out() + missing.out());
    }

    /** RFC 4180 records: CRLF ends a record unless inside quotes. */
    private static List<String> records(String csv) {
        List<String> records = new java.util.ArrayList<>();
        StringBuilder record = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                records.add(record.toString());
                record.setLength(0);
                i++;
            } else {
                record.append(c);
            }
        }
        if (!record.toString().isBlank()) {
            records.add(record.toString());
        }
        return records;
    }
}
