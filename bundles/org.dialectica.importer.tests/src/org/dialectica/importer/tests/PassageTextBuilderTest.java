package org.dialectica.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dialectica.importer.DocumentMetadata;
import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.Passage;
import org.dialectica.importer.PassageTextBuilder;
import org.dialectica.importer.TextNormalizer;
import org.junit.jupiter.api.Test;

class PassageTextBuilderTest {

    private static final DocumentMetadata META = new DocumentMetadata(null, null, null, null, "text/plain", null);

    @Test
    void blocksAreSeparatedByOneBlankLineAndPassagesPointAtThem() {
        ExtractedDocument doc = new PassageTextBuilder().addBlock("  Title \r\n").addBlock("   ").addBlock("Body\u0000 text")
                .build(META);

        assertEquals("  Title\n\nBody text", doc.text());
        assertEquals(List.of("Title", "Body text"), texts(doc, Passage.Kind.PARAGRAPH));
    }

    @Test
    void blankLinesInsideABlockSplitParagraphs() {
        ExtractedDocument doc = new PassageTextBuilder().addBlock("# Heading\n\nfirst line\nsecond line\n\n\n\n\nlast")
                .build(META);

        assertEquals("# Heading\n\nfirst line\nsecond line\n\n\nlast", doc.text());
        assertEquals(List.of("# Heading", "first line\nsecond line", "last"), texts(doc, Passage.Kind.PARAGRAPH));
    }

    @Test
    void pagesSpanTheirParagraphsAndEmptyPagesKeepTheirPlace() {
        PassageTextBuilder b = new PassageTextBuilder();
        b.startPage().addBlock("p1 a").addBlock("p1 b");
        b.startPage(); // blank page
        b.startPage().addBlock("p3").endPage();
        ExtractedDocument doc = b.build(META);

        List<Passage> pages = doc.passages(Passage.Kind.PAGE);
        assertEquals(3, pages.size());
        assertEquals("p1 a\n\np1 b", pages.get(0).of(doc.text()));
        assertEquals("", pages.get(1).of(doc.text()));
        assertEquals("p3", pages.get(2).of(doc.text()));
        assertEquals(List.of("p1 a", "p1 b", "p3"), texts(doc, Passage.Kind.PARAGRAPH));
        assertEquals(Passage.Kind.PAGE, doc.passages().get(0).kind(), "a page sorts before its first paragraph");
    }

    @Test
    void assembledTextIsAlreadyNormalised() {
        ExtractedDocument doc = new PassageTextBuilder().addBlock("a\r\n\r\n\r\n\r\n\r\nb ").addBlock("\u0000cafe\u0301\t")
                .addBlock("\n\n  indented\n").build(META);

        assertEquals(TextNormalizer.normalize(doc.text()), doc.text());
    }

    @Test
    void paragraphsCanBeRecomputedFromTheStoredTextAlone() {
        ExtractedDocument doc = new PassageTextBuilder().addBlock("  Title").addBlock("one\ntwo\n\n\n\n\nthree")
                .startPage().addBlock("\tpage text").build(META);

        assertEquals(doc.passages(Passage.Kind.PARAGRAPH), PassageTextBuilder.paragraphs(doc.text()));
    }

    private static List<String> texts(ExtractedDocument doc, Passage.Kind kind) {
        return doc.passages(kind).stream().map(p -> p.of(doc.text())).toList();
    }
}
