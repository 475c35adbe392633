package org.dialectica.lib.tika.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;

/**
 * Proves that Tika's parsers are found inside Equinox. AutoDetectParser returns empty text, without
 * any error, when no parser is visible, so every test asserts the extracted text itself.
 */
class TikaInOsgiTest {

    private final AutoDetectParser parser;

    TikaInOsgiTest() throws Exception {
        // Parsers are looked up with the library bundle's class loader, which sees every embedded module.
        parser = new AutoDetectParser(new TikaConfig(TikaConfig.class.getClassLoader()));
    }

    @Test
    void parsesHtmlWithTitle() throws Exception {
        String html = "<html><head><title>Joint operation?</title></head>"
                + "<body><p>Intelligence sharing is sensitive.</p><script>ignored()</script></body></html>";
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, "article.html");
        String text = parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), metadata);

        assertTrue(metadata.get(Metadata.CONTENT_TYPE).startsWith("text/html"), metadata.get(Metadata.CONTENT_TYPE));
        assertEquals("Joint operation?", metadata.get(TikaCoreProperties.TITLE));
        assertTrue(text.contains("Intelligence sharing is sensitive."), text);
        assertTrue(!text.contains("ignored()"), "scripts are not text");
    }

    @Test
    void parsesDocxDetectedFromItsContent() throws Exception {
        Metadata metadata = new Metadata();
        // No file name: the OOXML type must come from the zip container's content.
        String text = parse(new ByteArrayInputStream(minimalDocx("Russia and the USA", "A second paragraph.")), metadata);

        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                metadata.get(Metadata.CONTENT_TYPE));
        assertTrue(text.contains("Russia and the USA"), text);
        assertTrue(text.contains("A second paragraph."), text);
    }

    private String parse(InputStream in, Metadata metadata) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        parser.parse(in, handler, metadata, new ParseContext());
        return handler.toString();
    }

    /** The smallest WordprocessingML package Word and Tika accept, written by hand. */
    static byte[] minimalDocx(String... paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<w:p><w:r><w:t>").append(p).append("</w:t></w:r></w:p>");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            put(zip, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"""
                    + body + "</w:body></w:document>");
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
