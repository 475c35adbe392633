package org.dialectica.importer.tika.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.dialectica.importer.ImportException;
import org.dialectica.importer.ImportException.Reason;
import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.tika.TikaSourceImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input ends in an ImportException with the right reason and a message naming the file. */
class TikaBadInputTest {

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

    private ImportException failure(Path file, Reason expected) {
        return failure(file, expected, ImportLimits.defaults());
    }

    private ImportException failure(Path file, Reason expected, ImportLimits limits) {
        ImportException e = assertThrows(ImportException.class, () -> importer.extract(file, limits));
        assertEquals(expected, e.reason(), e.getMessage());
        String name = file.getFileName().toString();
        assertTrue(e.getMessage().startsWith(name + ": ") && e.getMessage().length() > name.length() + 10,
                e.getMessage());
        return e;
    }

    @Test
    void truncatedDocxIsCorrupt() throws Exception {
        byte[] whole = Files.readAllBytes(Corpus.docx(dir, "whole.docx"));
        failure(Files.write(dir.resolve("truncated.docx"), Arrays.copyOf(whole, whole.length / 2)), Reason.CORRUPT);
    }

    @Test
    void truncatedPdfIsCorrupt() throws Exception {
        byte[] whole = Files.readAllBytes(Corpus.pdf(dir, "whole.pdf", List.of(List.of("Some text.")), null));
        failure(Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(whole, 40)), Reason.CORRUPT);
    }

    @Test
    void encryptedPdfIsReportedAsEncrypted() throws Exception {
        ImportException e = failure(Corpus.pdf(dir, "secret.pdf", List.of(List.of("Classified.")),
                Corpus.passwordProtection()), Reason.ENCRYPTED);
        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void passwordProtectedDocIsReportedAsEncrypted() throws Exception {
        ImportException e = failure(Corpus.tikaTestDocument("testWORD_protected_passtika.doc"), Reason.ENCRYPTED);
        assertTrue(e.getMessage().contains("testWORD_protected_passtika.doc"), e.getMessage());
    }

    @Test
    void truncatedDocIsCorrupt() throws Exception {
        byte[] whole = Files.readAllBytes(Corpus.tikaTestDocument("test.doc"));
        failure(Files.write(dir.resolve("truncated.doc"), Arrays.copyOf(whole, whole.length / 3)), Reason.CORRUPT);
    }

    @Test
    void zeroByteFileIsEmpty() throws Exception {
        failure(Files.createFile(dir.resolve("nothing.docx")), Reason.EMPTY);
    }

    @Test
    void fileWithoutTextIsEmpty() throws Exception {
        failure(Corpus.write(dir.resolve("blank.txt"), " \r\n\t\n \u00A0 \n", StandardCharsets.UTF_8), Reason.EMPTY);
        failure(Corpus.pdf(dir, "scanned.pdf", List.of(List.of()), null), Reason.EMPTY);
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeParsing() throws Exception {
        Path huge = dir.resolve("huge.pdf");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(ImportLimits.DEFAULT_MAX_FILE_SIZE + 1); // sparse
        }
        failure(huge, Reason.TOO_LARGE);
    }

    @Test
    void textOverTheCharacterLimitIsRefused() throws Exception {
        Path file = Corpus.write(dir.resolve("long.txt"), "word ".repeat(5_000), StandardCharsets.UTF_8);
        failure(file, Reason.TOO_MUCH_TEXT, ImportLimits.defaults().withMaxChars(1_000));
    }

    @Test
    void binaryGarbageIsUnsupported() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        ImportException e = failure(Files.write(dir.resolve("garbage.bin"), garbage), Reason.UNSUPPORTED_FORMAT);
        assertTrue(e.getMessage().contains("application/octet-stream"), e.getMessage());
    }

    @Test
    void binaryGarbageNamedLikeADocumentIsCorrupt() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        failure(Files.write(dir.resolve("report.docx"), garbage), Reason.CORRUPT);
        failure(Files.write(dir.resolve("report.pdf"), garbage), Reason.CORRUPT);
    }

    @Test
    void zipBombIsRefused() throws Exception {
        // 30 million characters of one letter compress about a thousandfold: far beyond the ratio limit.
        String bomb = "<w:p><w:r><w:t>" + "a".repeat(30_000_000) + "</w:t></w:r></w:p>";
        Path file = Corpus.zip(dir.resolve("bomb.docx"), null,
                "[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                        <Default Extension="xml" ContentType="application/xml"/>
                        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                        </Types>""",
                "_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                        </Relationships>""",
                "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                        + bomb + "</w:body></w:document>");
        assertTrue(Files.size(file) < 1_000_000, "the bomb is small on disk");
        ImportException e = failure(file, Reason.TOO_LARGE);
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }
}
