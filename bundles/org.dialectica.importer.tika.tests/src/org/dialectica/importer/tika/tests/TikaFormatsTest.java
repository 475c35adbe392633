package org.dialectica.importer.tika.tests;

import static org.dialectica.importer.tika.tests.Corpus.AUTHOR;
import static org.dialectica.importer.tika.tests.Corpus.PARAGRAPHS;
import static org.dialectica.importer.tika.tests.Corpus.TITLE;
import static org.dialectica.importer.tika.tests.Passages.assertParagraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dialectica.importer.DocumentMetadata;
import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.Passage;
import org.dialectica.importer.tika.TikaSourceImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every supported format, parsed for real in the worker process, with text, metadata and passages checked. */
class TikaFormatsTest {

    private static TikaSourceImporter importer;

    @TempDir
    Path dir;

    @BeforeAll
    static void startImporter() {
        importer = new TikaSourceImporter();
    }

    @AfterAll
    static void stopImporter() {
        importer.close();
    }

    private ExtractedDocument extract(Path file) throws Exception {
        return importer.extract(file, ImportLimits.defaults());
    }

    @Test
    void docx() throws Exception {
        ExtractedDocument doc = extract(Corpus.docx(dir, "joint.docx"));

        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc.metadata().mediaType());
        assertEquals(TITLE, doc.metadata().title());
        assertEquals(List.of(AUTHOR), doc.metadata().authors());
        assertParagraphs(doc, PARAGRAPHS.toArray(String[]::new));
        assertEquals(String.join("\n\n", PARAGRAPHS), doc.text());
        assertEquals("en", doc.metadata().language(), "detected from the text");
    }

    @Test
    void wordNinetySevenDoc() throws Exception {
        ExtractedDocument doc = extract(Corpus.tikaTestDocument("testWORD.doc"));

        assertEquals("application/msword", doc.metadata().mediaType());
        assertEquals("Sample Word Document", doc.metadata().title());
        assertEquals(List.of("Keith Bennett"), doc.metadata().authors());
        assertTrue(doc.metadata().date().startsWith("2010-11-12T16:22"), doc.metadata().date());
        List<String> paragraphs = Passages.paragraphs(doc);
        for (String expected : List.of("Sample Word Document Title", "This is a sample Microsoft Word Document.",
                "This document includes text that is BOLD and ITALIC.", "This is back to the default again")) {
            assertTrue(paragraphs.contains(expected), expected + " in " + paragraphs);
        }
        assertTrue(doc.text().indexOf("And now for a subtitle") < doc.text().indexOf("Heading Level 3"),
                "text in document order");
        assertEquals("en", doc.metadata().language(), "detected from the text");
    }

    @Test
    void twoPagePdfKeepsPagesAndParagraphs() throws Exception {
        ExtractedDocument doc = extract(Corpus.pdf(dir, "joint.pdf",
                List.of(List.of(PARAGRAPHS.get(0), PARAGRAPHS.get(1)), List.of(PARAGRAPHS.get(2))), null));

        assertEquals("application/pdf", doc.metadata().mediaType());
        assertEquals(TITLE, doc.metadata().title());
        assertEquals(List.of(AUTHOR), doc.metadata().authors());
        assertTrue(doc.metadata().date().startsWith("2024-03-05T10:30"), doc.metadata().date());
        assertEquals("2", doc.metadata().properties().get("xmpTPg:NPages"));
        assertParagraphs(doc, PARAGRAPHS.toArray(String[]::new));

        List<Passage> pages = doc.passages(Passage.Kind.PAGE);
        assertEquals(2, pages.size());
        String page1 = pages.get(0).of(doc.text());
        assertTrue(page1.contains(PARAGRAPHS.get(0)) && page1.contains(PARAGRAPHS.get(1)), page1);
        assertFalse(page1.contains(PARAGRAPHS.get(2)), page1);
        assertEquals(PARAGRAPHS.get(2), pages.get(1).of(doc.text()));
    }

    @Test
    void odtWithHeadingAndMetadata() throws Exception {
        ExtractedDocument doc = extract(Corpus.odt(dir, "joint.odt"));

        assertEquals("application/vnd.oasis.opendocument.text", doc.metadata().mediaType());
        assertEquals(TITLE, doc.metadata().title());
        assertEquals(List.of(AUTHOR), doc.metadata().authors());
        assertEquals("en-GB", doc.metadata().language(), "declared by the document");
        assertTrue(doc.metadata().date().startsWith("2023-11-02"), doc.metadata().date());
        assertParagraphs(doc, TITLE, PARAGRAPHS.get(0), PARAGRAPHS.get(1), PARAGRAPHS.get(2));
    }

    @Test
    void epub() throws Exception {
        ExtractedDocument doc = extract(Corpus.epub(dir, "joint.epub"));

        assertEquals("application/epub+zip", doc.metadata().mediaType());
        assertEquals(TITLE, doc.metadata().title());
        assertEquals(List.of(AUTHOR), doc.metadata().authors());
        assertEquals("en", doc.metadata().language());
        assertParagraphs(doc, "Chapter One", PARAGRAPHS.get(0), PARAGRAPHS.get(1), PARAGRAPHS.get(2));
    }

    @Test
    void rtfWithAccents() throws Exception {
        ExtractedDocument doc = extract(Corpus.rtf(dir, "joint.rtf"));

        assertEquals("application/rtf", doc.metadata().mediaType());
        assertEquals(TITLE, doc.metadata().title());
        assertEquals(List.of(AUTHOR), doc.metadata().authors());
        assertParagraphs(doc, PARAGRAPHS.get(0), "Caf\u00E9 and na\u00EFve are spelled right.");
    }

    @Test
    void htmlWithoutScriptsAndStyles() throws Exception {
        ExtractedDocument doc = extract(Corpus.html(dir, "joint.html"));

        assertEquals("text/html", doc.metadata().mediaType());
        assertEquals(TITLE, doc.metadata().title());
        assertEquals(List.of(AUTHOR), doc.metadata().authors());
        assertParagraphs(doc, "Heading", PARAGRAPHS.get(0), PARAGRAPHS.get(1) + "\nsecond line", PARAGRAPHS.get(2));
        assertFalse(doc.text().contains("hidden") || doc.text().contains("color"), doc.text());
        assertFalse(doc.text().contains(TITLE), "the head's title is metadata, not body text");
    }

    @Test
    void markdownParagraphsAreSplitAtBlankLines() throws Exception {
        ExtractedDocument doc = extract(Corpus.markdown(dir, "joint.md"));

        assertEquals("text/x-web-markdown", doc.metadata().mediaType());
        assertEquals("# " + TITLE + "\n\n" + PARAGRAPHS.get(0) + "\ncontinued here.\n\n\n- " + PARAGRAPHS.get(1),
                doc.text(), "CRLF becomes LF and four blank lines become two");
        assertParagraphs(doc, "# " + TITLE, PARAGRAPHS.get(0) + "\ncontinued here.", "- " + PARAGRAPHS.get(1));
    }

    @Test
    void utf8Text() throws Exception {
        String text = "Gr\u00FC\u00DFe aus K\u00F6ln: \u201EDas Argument\u201C ist \u00FCberzeugend.\n\n"
                + "Zweiter Absatz \u2013 mit \u20AC und \u00E6\u00F8\u00E5.";
        ExtractedDocument doc = extract(Corpus.write(dir.resolve("note.txt"), text, StandardCharsets.UTF_8));

        assertEquals("text/plain", doc.metadata().mediaType());
        assertEquals(text, doc.text());
        assertParagraphs(doc, text.split("\n\n"));
    }

    @Test
    void textThatLooksLikeATableStaysText() throws Exception {
        // Tika's default for text/plain would sniff this as tab-separated values and make it table cells.
        StringBuilder text = new StringBuilder("Speaker\tYear\tClaim");
        for (int i = 0; i < 30; i++) {
            text.append("\nDelegate ").append(i).append('\t').append(1990 + i).append("\tTaxes should rise, said ").append(i);
        }
        ExtractedDocument doc = extract(Corpus.write(dir.resolve("transcript.txt"), text.toString(), StandardCharsets.UTF_8));

        assertEquals("text/plain", doc.metadata().mediaType());
        assertEquals(text.toString(), doc.text(), "lines and tabs as written");
        assertParagraphs(doc, text.toString());
    }

    @Test
    void languageIsDetectedFromTheBodyNotTheFrontMatter() throws Exception {
        // An English abstract and contents (8,000 characters) before a German text three times as long.
        String front = (String.join(" ", PARAGRAPHS) + "\n\n").repeat(60).substring(0, 8_000);
        String body = (germanText() + "\n\n").repeat(60);
        ExtractedDocument doc = extract(Corpus.write(dir.resolve("aufsatz.txt"), front + "\n\n" + body,
                StandardCharsets.UTF_8));

        assertTrue(body.length() > 3 * front.length(), "the body is most of the document");
        assertEquals("de", doc.metadata().language());
    }

    @Test
    void windows1252TextIsDecoded() throws Exception {
        String text = germanText();
        ExtractedDocument doc = extract(Corpus.write(dir.resolve("alt.txt"), text, Charset.forName("windows-1252")));

        assertEquals(text, doc.text());
        assertEquals("de", doc.metadata().language(), "detected");
        assertTrue(doc.metadata().properties().get("Content-Encoding").matches("(?i)windows-1252|ISO-8859-1|ISO-8859-15"),
                doc.metadata().properties().toString());
    }

    @Test
    void isoLatin1TextIsDecoded() throws Exception {
        String text = germanText().replace("\u201E", "\"").replace("\u201C", "\"");
        ExtractedDocument doc = extract(Corpus.write(dir.resolve("latin1.txt"), text, StandardCharsets.ISO_8859_1));

        assertEquals(text, doc.text());
    }

    @Test
    void textThatIsNotValidUtf8IsDecodedWithoutLosingCharacters() throws Exception {
        byte[] ascii = "The argument holds, mostly. ".repeat(20).getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(ascii, ascii.length + 3);
        bytes[ascii.length] = (byte) 0xC3; // a UTF-8 lead byte ...
        bytes[ascii.length + 1] = (byte) 0x28; // ... followed by no continuation byte
        bytes[ascii.length + 2] = (byte) 0xE9;
        ExtractedDocument doc = extract(java.nio.file.Files.write(dir.resolve("mixed.txt"), bytes));

        assertTrue(doc.text().startsWith("The argument holds, mostly."), doc.text());
        assertFalse(doc.text().contains("\uFFFD"), "no byte is replaced by U+FFFD: " + doc.text());
        assertEquals(new String(bytes, doc.metadata().properties().get("Content-Encoding")).strip(), doc.text());
    }

    @Test
    void inProcessAndForkedImportAgree() throws Exception {
        Path file = Corpus.docx(dir, "same.docx");
        try (TikaSourceImporter local = TikaSourceImporter.inProcess()) {
            assertEquals(extract(file), local.extract(file, ImportLimits.defaults()));
        }
    }

    private static String germanText() {
        return "Die B\u00FCrger w\u00FCnschen sich eine gr\u00F6\u00DFere Beteiligung an den Entscheidungen "
                + "\u00FCber die gemeinsame Au\u00DFenpolitik. Gegner dieser \u00C4nderung behaupten, dass "
                + "die Regierung daf\u00FCr zust\u00E4ndig sei und dass \u00F6ffentliche Debatten zu lange dauern.\n\n"
                + "Bef\u00FCrworter entgegnen, dass gerade schwierige Fragen eine breite \u00F6ffentliche Pr\u00FCfung "
                + "verdienen, weil sonst das Vertrauen in die Institutionen schwindet. Der Streit dauert an.";
    }

    @Test
    void aWebPageNamedPdfIsReadAsHtmlAndTheNameIsNoted() throws Exception {
        Path page = Corpus.html(dir, "page.html");
        ExtractedDocument doc = extract(Files.move(page, dir.resolve("saved-page.pdf")));

        assertEquals("text/html", doc.metadata().mediaType(), "read for what it is");
        assertEquals(TITLE, doc.metadata().title());
        assertEquals("application/pdf", doc.metadata().properties().get(DocumentMetadata.TYPE_BY_NAME));
    }

    @Test
    void filesNamedForWhatTheyContainCarryNoNote() throws Exception {
        List<Path> files = List.of(Corpus.docx(dir, "a.docx"), Corpus.odt(dir, "b.odt"), Corpus.epub(dir, "c.epub"),
                Corpus.rtf(dir, "d.rtf"), Corpus.html(dir, "e.html"), Corpus.markdown(dir, "f.md"),
                Corpus.pdf(dir, "g.pdf", List.of(List.of(PARAGRAPHS.get(0))), null),
                Corpus.write(dir.resolve("h.txt"), PARAGRAPHS.get(1), StandardCharsets.UTF_8));
        for (Path file : files) {
            assertNull(extract(file).metadata().properties().get(DocumentMetadata.TYPE_BY_NAME), file.toString());
        }
    }
}
