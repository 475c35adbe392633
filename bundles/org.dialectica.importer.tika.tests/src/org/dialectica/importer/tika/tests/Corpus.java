package org.dialectica.importer.tika.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the test corpus at test time with the libraries Tika brings (POI, PDFBox) or by hand (ODT and
 * EPUB packages, RTF, HTML, Markdown, text), so that no binary test files need to be trusted or kept.
 */
final class Corpus {

    static final String TITLE = "On Joint Operations";
    static final String AUTHOR = "Ada Lovelace";
    static final List<String> PARAGRAPHS = List.of("Intelligence sharing between allies is sensitive.",
            "Critics argue that joint operations weaken national control.",
            "Supporters answer that shared risks demand shared command.");

    private Corpus() {
    }

    static Path docx(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.getProperties().getCoreProperties().setTitle(TITLE);
            doc.getProperties().getCoreProperties().setCreator(AUTHOR);
            for (String p : PARAGRAPHS) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
        }
        return file;
    }

    /** A PDF with the given pages, each holding paragraphs separated by a wide vertical gap. */
    static Path pdf(Path dir, String name, List<List<String>> pages, StandardProtectionPolicy protection)
            throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> paragraphs : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    float y = 700;
                    for (String paragraph : paragraphs) {
                        content.beginText();
                        content.setFont(font, 12);
                        content.newLineAtOffset(72, y);
                        content.showText(paragraph);
                        content.endText();
                        y -= 120;
                    }
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(TITLE);
            info.setAuthor(AUTHOR);
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2024, Calendar.MARCH, 5, 10, 30, 0);
            info.setCreationDate(created);
            if (protection != null) {
                doc.protect(protection);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    static StandardProtectionPolicy passwordProtection() {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                new AccessPermission());
        policy.setEncryptionKeyLength(128);
        return policy;
    }

    static Path odt(Path dir, String name) throws IOException {
        StringBuilder body = new StringBuilder("<text:h text:outline-level=\"1\">" + TITLE + "</text:h>");
        for (String p : PARAGRAPHS) {
            body.append("<text:p>").append(p).append("</text:p>");
        }
        return zip(dir.resolve(name), "application/vnd.oasis.opendocument.text",
                "META-INF/manifest.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                         <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                         <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                         <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                        </manifest:manifest>""",
                "meta.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                         xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">
                         <office:meta><dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>
                         <meta:creation-date>2023-11-02T09:15:00</meta:creation-date><dc:language>en-GB</dc:language></office:meta>
                        </office:document-meta>""".formatted(TITLE, AUTHOR),
                "content.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                         xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                         <office:body><office:text>%s</office:text></office:body></office:document-content>"""
                        .formatted(body));
    }

    static Path epub(Path dir, String name) throws IOException {
        StringBuilder body = new StringBuilder("<h1>Chapter One</h1>");
        for (String p : PARAGRAPHS) {
            body.append("<p>").append(p).append("</p>");
        }
        return zip(dir.resolve(name), "application/epub+zip",
                "META-INF/container.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                         <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                        </container>""",
                "OEBPS/content.opf", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">
                         <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                          <dc:identifier id="uid">urn:uuid:12345678-1234-1234-1234-123456789abc</dc:identifier>
                          <dc:title>%s</dc:title><dc:creator>%s</dc:creator><dc:language>en</dc:language>
                         </metadata>
                         <manifest><item id="c1" href="chapter1.xhtml" media-type="application/xhtml+xml"/></manifest>
                         <spine><itemref idref="c1"/></spine>
                        </package>""".formatted(TITLE, AUTHOR),
                "OEBPS/chapter1.xhtml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Chapter One</title></head>
                        <body>%s</body></html>""".formatted(body));
    }

    static Path rtf(Path dir, String name) throws IOException {
        String rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}"
                + "{\\info{\\title " + TITLE + "}{\\author " + AUTHOR + "}}"
                + "\\pard " + PARAGRAPHS.get(0) + "\\par\n"
                + "\\pard Caf\\'e9 and na\\'efve are spelled right.\\par\n}";
        return write(dir.resolve(name), rtf, StandardCharsets.US_ASCII);
    }

    static Path html(Path dir, String name) throws IOException {
        return write(dir.resolve(name), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="author" content="%s">
                <style>p { color: red }</style><script>var hidden = 1;</script></head>
                <body><h1>Heading</h1><p>%s</p><p>%s<br>second line</p><ul><li>%s</li></ul></body></html>
                """.formatted(TITLE, AUTHOR, PARAGRAPHS.get(0), PARAGRAPHS.get(1), PARAGRAPHS.get(2)),
                StandardCharsets.UTF_8);
    }

    static Path markdown(Path dir, String name) throws IOException {
        return write(dir.resolve(name), "# " + TITLE + "\r\n\r\n" + PARAGRAPHS.get(0) + "\r\ncontinued here.\r\n\r\n\r\n\r\n\r\n- "
                + PARAGRAPHS.get(1) + "\r\n", StandardCharsets.UTF_8);
    }

    /**
     * One of Apache Tika's own test documents (real Word 97 files, which POI cannot write), unpacked from Tika's
     * test jar by this bundle's pom.
     */
    static Path tikaTestDocument(String name) {
        String folder = System.getProperty("dialectica.tikaTestDocuments");
        if (folder == null) {
            throw new IllegalStateException("dialectica.tikaTestDocuments is not set: run the tests through Maven");
        }
        Path file = Path.of(folder, name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: the pom's maven-dependency-plugin unpacks it");
        }
        return file;
    }

    static Path write(Path file, String text, Charset charset) throws IOException {
        return Files.write(file, text.getBytes(charset));
    }

    /**
     * A zip package whose first entry is the uncompressed mimetype, as ODF and EPUB require (none if
     * {@code mimetype} is null, as for OOXML).
     */
    static Path zip(Path file, String mimetype, String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (mimetype != null) {
                storeMimetype(zip, mimetype);
            }
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return Files.write(file, bytes.toByteArray());
    }

    private static void storeMimetype(ZipOutputStream zip, String mimetype) throws IOException {
        byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(type.length);
        CRC32 crc = new CRC32();
        crc.update(type);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(type);
        zip.closeEntry();
    }
}
