package org.dialectica.importer.tika.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.Passage;
import org.dialectica.importer.TextNormalizer;

/** Assertions about passages that every format test makes. */
final class Passages {

    private Passages() {
    }

    static List<String> paragraphs(ExtractedDocument doc) {
        return doc.passages(Passage.Kind.PARAGRAPH).stream().map(p -> p.of(doc.text())).toList();
    }

    /** Each expected paragraph is exactly one paragraph passage, in this order; the text is normalised. */
    static void assertParagraphs(ExtractedDocument doc, String... expected) {
        List<String> actual = paragraphs(doc);
        int from = 0;
        for (String e : expected) {
            int at = actual.subList(from, actual.size()).indexOf(e);
            assertTrue(at >= 0, "paragraph \"" + e + "\" missing or out of order in " + actual);
            from += at + 1;
        }
        assertEquals(TextNormalizer.normalize(doc.text()), doc.text(), "stored text is normalised");
    }
}
