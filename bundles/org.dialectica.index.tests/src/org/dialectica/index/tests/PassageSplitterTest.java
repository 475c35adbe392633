package org.dialectica.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dialectica.index.PassageSplitter;
import org.dialectica.index.Span;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {

    @Test
    void splitsAtBlankLinesAndMergesShortParagraphs() {
        String a = "A".repeat(250);
        String b = "short one.";
        String c = "C".repeat(230);
        String text = "\n\n  " + a + "\n\n" + b + "\n \n" + c + "\n";
        List<Span> spans = PassageSplitter.split(text);
        assertEquals(2, spans.size());
        assertEquals(a, text.substring(spans.get(0).start(), spans.get(0).end()));
        assertEquals(b + "\n \n" + c, text.substring(spans.get(1).start(), spans.get(1).end()));
    }

    @Test
    void cutsLongParagraphsAtSentenceEnds() {
        String sentence = "This sentence is exactly fifty characters long!!. ";
        String text = sentence.repeat(100);
        List<Span> spans = PassageSplitter.split(text);
        assertTrue(spans.size() >= 3);
        int covered = 0;
        for (Span span : spans) {
            assertTrue(span.end() - span.start() <= PassageSplitter.MAX_CHARS);
            assertTrue(text.substring(span.start(), span.end()).endsWith("."), "cut after a sentence");
            covered += span.end() - span.start();
        }
        assertTrue(covered >= text.strip().length() - spans.size(), "nothing but spaces is lost");
    }

    @Test
    void neverCutsASurrogatePair() {
        String text = "😀".repeat(1500); // 3000 chars, no spaces
        for (Span span : PassageSplitter.split(text)) {
            assertFalse(Character.isLowSurrogate(text.charAt(span.start())));
        }
    }

    @Test
    void emptyAndBlankTextsHaveNoPassages() {
        assertTrue(PassageSplitter.split("").isEmpty());
        assertTrue(PassageSplitter.split(" \n\n \t").isEmpty());
    }
}
