package org.dialectica.examples.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dialectica.examples.policy.srt.SrtImporter;
import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportException;
import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.Passage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SrtImporterTest {

    static final String HEARING = "\uFEFF1\r\n"
            + "00:00:01,000 --> 00:00:04,500\r\n"
            + "<i>Chair:</i> The congestion charge\r\n"
            + "pays for itself within five years.\r\n"
            + "\r\n"
            + "2\r\n"
            + "00:00:05,000 --> 00:00:07,250\r\n"
            + "{\\an8}Once we charge for roads, we will charge for pavements.\r\n"
            + "\r\n"
            + "\r\n"
            + "3\r\n"
            + "00:01:02.5 --> 00:01:09,000\r\n"
            + "Stockholm did it in 2006 and traffic fell by a fifth.\r\n";

    @TempDir
    Path dir;

    private final SrtImporter importer = new SrtImporter();

    @Test
    void oneParagraphPerCueWithoutNumbersTimingsOrMarkup() throws Exception {
        Path file = Files.writeString(dir.resolve("hearing.srt"), HEARING);

        ExtractedDocument doc = importer.extract(file, ImportLimits.defaults());

        assertEquals("Chair: The congestion charge pays for itself within five years.\n\n"
                + "Once we charge for roads, we will charge for pavements.\n\n"
                + "Stockholm did it in 2006 and traffic fell by a fifth.", doc.text());
        List<Passage> paragraphs = doc.passages(Passage.Kind.PARAGRAPH);
        assertEquals(3, paragraphs.size());
        assertEquals("Once we charge for roads, we will charge for pavements.",
                doc.text().substring(paragraphs.get(1).start(), paragraphs.get(1).end()));
        assertEquals(SrtImporter.MEDIA_TYPE, doc.metadata().mediaType());
        assertEquals("3", doc.metadata().properties().get(SrtImporter.CUES_PROPERTY));
        assertEquals("PT1M9S", doc.metadata().properties().get(SrtImporter.DURATION_PROPERTY));
    }

    @Test
    void windowsCodePageSubtitlesAreDecodedWithoutLoss() throws Exception {
        Path file = Files.write(dir.resolve("debat.srt"),
                "1\n00:00:01,000 --> 00:00:02,000\nLe péage coûte 5 €.\n".getBytes(Charset.forName("windows-1252")));

        assertEquals("Le péage coûte 5 €.", importer.extract(file, ImportLimits.defaults()).text());
    }

    @Test
    void aFileThatIsNotSubRipIsRefusedAsCorrupt() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.srt"), "Just some notes\nabout the hearing.\n",
                StandardCharsets.UTF_8);

        ImportException e = assertThrows(ImportException.class, () -> importer.extract(file, ImportLimits.defaults()));

        assertEquals(ImportException.Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().startsWith("notes.srt"), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void cuesWithoutTextAreEmpty() throws Exception {
        Path file = Files.writeString(dir.resolve("silent.srt"), "1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n");

        ImportException e = assertThrows(ImportException.class, () -> importer.extract(file, ImportLimits.defaults()));

        assertEquals(ImportException.Reason.EMPTY, e.reason());
    }

    @Test
    void theCharacterLimitIsEnforced() throws Exception {
        Path file = Files.writeString(dir.resolve("hearing.srt"), HEARING);

        ImportException e = assertThrows(ImportException.class,
                () -> importer.extract(file, ImportLimits.defaults().withMaxChars(40)));

        assertEquals(ImportException.Reason.TOO_MUCH_TEXT, e.reason());
    }
}
