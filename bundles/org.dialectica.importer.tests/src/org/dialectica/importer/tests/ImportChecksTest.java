package org.dialectica.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportChecks;
import org.dialectica.importer.ImportException;
import org.dialectica.importer.ImportException.Reason;
import org.dialectica.importer.ImportLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportChecksTest {

    @TempDir
    Path dir;

    @Test
    void zeroByteFileIsEmpty() throws Exception {
        Path file = Files.createFile(dir.resolve("nothing.pdf"));
        ImportException e = assertThrows(ImportException.class, () -> ImportChecks.checkFile(file, ImportLimits.defaults()));
        assertEquals(Reason.EMPTY, e.reason());
        assertTrue(e.getMessage().startsWith("nothing.pdf: "), e.getMessage());
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithoutReadingIt() throws Exception {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(ImportLimits.DEFAULT_MAX_FILE_SIZE + 1); // sparse: costs no disk
        }
        ImportException e = assertThrows(ImportException.class, () -> ImportChecks.checkFile(file, ImportLimits.defaults()));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("huge.txt") && e.getMessage().contains("bytes"), e.getMessage());
    }

    @Test
    void missingFileAndFolderAreIoErrors() throws Exception {
        assertEquals(Reason.IO, assertThrows(ImportException.class,
                () -> ImportChecks.checkFile(dir.resolve("gone.txt"), ImportLimits.defaults())).reason());
        assertEquals(Reason.IO, assertThrows(ImportException.class,
                () -> ImportChecks.checkFile(dir, ImportLimits.defaults())).reason());
    }

    @Test
    void streamsAreSpooledUnderTheirOwnNameAndLimited() throws Exception {
        PlainTextImporter importer = new PlainTextImporter();
        byte[] bytes = "one\n\ntwo".getBytes(StandardCharsets.UTF_8);
        ExtractedDocument doc = importer.extract(new ByteArrayInputStream(bytes), "dir/notes.txt", ImportLimits.defaults());
        assertEquals("one\n\ntwo", doc.text());

        ImportException e = assertThrows(ImportException.class, () -> importer.extract(new ByteArrayInputStream(bytes),
                "notes.txt", ImportLimits.defaults().withMaxFileSize(4)));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().startsWith("notes.txt: "), e.getMessage());

        ImportException empty = assertThrows(ImportException.class,
                () -> importer.extract(new ByteArrayInputStream(new byte[0]), "empty.txt", ImportLimits.defaults()));
        assertEquals(Reason.EMPTY, empty.reason());
        assertTrue(empty.getMessage().startsWith("empty.txt: "), empty.getMessage());
    }

    @Test
    void limitsHaveSensibleDefaultsAndRefuseNonsense() {
        ImportLimits d = ImportLimits.defaults();
        assertEquals(ImportLimits.DEFAULT_PARSE_TIMEOUT, d.parseTimeout());
        assertEquals(Duration.ofSeconds(3), d.withParseTimeout(Duration.ofSeconds(3)).parseTimeout());
        assertEquals(d.maxChars(), d.withMaxFileSize(10).maxChars(), "withers change one value");
        assertThrows(IllegalArgumentException.class, () -> d.withMaxChars(0));
        assertThrows(IllegalArgumentException.class, () -> d.withParseTimeout(Duration.ZERO));
    }

    @Test
    void extensionsAreLowerCaseWithoutDot() {
        assertEquals("pdf", ImportChecks.extension("Paper.PDF"));
        assertEquals("gz", ImportChecks.extension("a.tar.gz"));
        assertEquals("", ImportChecks.extension(".bashrc"));
        assertEquals("", ImportChecks.extension("dir.d/README"));
        assertEquals("", ImportChecks.extension(null));
    }
}
