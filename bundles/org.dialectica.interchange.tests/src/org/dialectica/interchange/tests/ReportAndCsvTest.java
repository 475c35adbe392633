package org.dialectica.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.dialectica.interchange.ExportScope;
import org.dialectica.interchange.csv.CsvAnnotationsExporter;
import org.dialectica.interchange.csv.CsvCells;
import org.dialectica.interchange.report.HtmlReportExporter;
import org.dialectica.interchange.report.MarkdownReportExporter;
import org.dialectica.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportAndCsvTest {

    private static final String HOSTILE = "<script>alert('x')</script> & <img src=x onerror=alert(1)> [link](javascript:alert(1))";

    @TempDir
    Path projectDir;

    @Test
    void htmlReportEscapesClaimTexts() throws Exception {
        Fixtures.SampleProject sample = new Fixtures.SampleProject();
        sample.conclusion.setText(HOSTILE);
        sample.source.setTitle("\"><b>title</b>");
        String html = Fixtures.export(new HtmlReportExporter(), sample.context());

        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertFalse(html.contains("<b>title"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img"), html);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertEquals(count(html, "<ul>"), count(html, "</ul>"), "lists are balanced");
        assertEquals(count(html, "<li>"), count(html, "</li>"));
    }

    @Test
    void markdownReportEscapesClaimTexts() throws Exception {
        Fixtures.SampleProject sample = new Fixtures.SampleProject();
        sample.conclusion.setText(HOSTILE + "\n# not a heading");
        String markdown = Fixtures.export(new MarkdownReportExporter(), sample.context());

        assertFalse(markdown.contains("<script>"), markdown);
        assertFalse(markdown.contains("<img"), markdown);
        assertFalse(markdown.contains("[link](javascript"), "no live link: " + markdown);
        assertFalse(markdown.contains("\n# not a heading"), "line breaks cannot start a heading");
        assertTrue(markdown.contains("&lt;script&gt;"), markdown);
    }

    @Test
    void reportHasIssuesPositionsArgumentsObjectionsQuotesAndOpenQuestions() throws Exception {
        Fixtures.SampleProject sample = new Fixtures.SampleProject();
        String html = Fixtures.export(new HtmlReportExporter(), sample.context());

        assertTrue(html.contains("<h2>Issue: Does smoking cause cancer?</h2>"), html);
        assertTrue(html.contains("<h3>Position: Smoking causes cancer.</h3>"), html);
        assertTrue(html.contains("<a href=\"sources/" + Fixtures.SHA + ".txt#char=0,21\">On smoking</a>"), html);
        assertTrue(html.contains("<q>Smoking causes cancer</q>"), html);
        assertTrue(html.contains("Argument from expert opinion"), html);
        assertTrue(html.contains("Open critical question:</strong> Do other experts agree?"), html);
        assertFalse(html.contains("Is Dr. Rossi an expert in this field?"), "an answered question is not open");
        assertTrue(html.contains("Rebuttal:</strong> Smoking does not cause cancer."), html);
        assertTrue(html.contains("Undercut:</strong> The study was funded by a lobby."), html);
        assertTrue(html.contains("Dr. Rossi is a dermatologist."), "underminer of a premise: " + html);
        assertFalse(html.contains("map.png"), "no map without a map file");

        String markdown = Fixtures.export(new MarkdownReportExporter(), sample.context());
        assertTrue(markdown.contains("](<sources/" + Fixtures.SHA + ".txt#char=0,21>)"), markdown);
        assertTrue(markdown.contains("## Issue: Does smoking cause cancer?"), markdown);
    }

    @Test
    void reportShowsTheArgumentMapWhenThereIsOne() throws Exception {
        Fixtures.SampleProject sample = new Fixtures.SampleProject();
        Files.createDirectories(projectDir.resolve(".dialectica"));
        Files.write(projectDir.resolve(".dialectica/map.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G' });
        String markdown = Fixtures.export(new MarkdownReportExporter(), sample.context().withProjectDirectory(projectDir));
        assertTrue(markdown.contains("![Argument map](<.dialectica/map.png>)"), markdown);
    }

    @Test
    void csvHasOneRowPerAnchorWithRfc4180QuotingAndNoFormulas() throws Exception {
        Fixtures.SampleProject sample = new Fixtures.SampleProject();
        sample.premise.setText("=HYPERLINK(\"http://evil\",\"click\"), with comma");
        sample.funding.getTags().add(sample.tag);
        String csv = Fixtures.export(new CsvAnnotationsExporter(), sample.context());
        String[] rows = csv.split("\r\n");

        assertEquals(4, rows.length, csv);
        assertEquals("source_title,source_sha256,start,end,quote,element_type,element_id,element_text,tags", rows[0]);
        assertEquals("On smoking," + Fixtures.SHA + ",0,21,Smoking causes cancer,Claim," + sample.conclusion.getId()
                + ",Smoking causes cancer.,medicine", rows[1]);
        assertTrue(rows[2].contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\"), with comma\","), rows[2]);
        assertFalse(csv.startsWith("\uFEFF"), "no BOM by default");
    }

    @Test
    void csvBomOnRequestAndIssueScope() throws Exception {
        Fixtures.SampleProject sample = new Fixtures.SampleProject();
        Claim other = sample.claim("Unrelated claim.");
        sample.anchor(other, 0, 7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvAnnotationsExporter().export(sample.context().withOptions(Map.of(CsvAnnotationsExporter.BOM_OPTION, "true"))
                .withScope(ExportScope.issue(sample.issue)), out);
        byte[] bytes = out.toByteArray();
        assertEquals(0xEF, bytes[0] & 0xff);
        assertEquals(0xBB, bytes[1] & 0xff);
        assertEquals(0xBF, bytes[2] & 0xff);
        assertFalse(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains(other.getId()));
        assertEquals(4, out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\r\n").length);
    }

    @Test
    void csvCellsDefuseEveryFormulaStart() {
        assertEquals("'=1+1", CsvCells.defuse("=1+1"));
        assertEquals("'+1", CsvCells.defuse("+1"));
        assertEquals("'-1", CsvCells.defuse("-1"));
        assertEquals("'@SUM(A1)", CsvCells.defuse("@SUM(A1)"));
        assertEquals("'\tx", CsvCells.defuse("\tx"));
        assertEquals("plain", CsvCells.defuse("plain"));
        assertEquals("\"a\nb\"", CsvCells.quote("a\nb"));
        assertEquals("a,b,\"c,d\"\r\n", CsvCells.record(java.util.List.of("a", "b", "c,d")));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
