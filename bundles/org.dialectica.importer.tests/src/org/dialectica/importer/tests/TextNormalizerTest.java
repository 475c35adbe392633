package org.dialectica.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dialectica.importer.TextNormalizer;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void lineEndsBecomeLf() {
        assertEquals("a\nb\nc\nd", TextNormalizer.normalize("a\r\nb\rc\nd"));
        assertEquals("a\n\nb", TextNormalizer.normalize("a\r\n\r\nb"));
        assertEquals("page one\npage two", TextNormalizer.normalize("page one\fpage two"));
    }

    @Test
    void controlCharactersGoExceptNewlineAndTab() {
        assertEquals("ab\tc\nd", TextNormalizer.normalize("a\u0000b\tc\u0007\n\u001Bd\u007F\u0085"));
        assertEquals("bom", TextNormalizer.normalize("\uFEFFbom"));
    }

    @Test
    void composesToNfcEvenAcrossRemovedControls() {
        assertEquals("caf\u00E9", TextNormalizer.normalize("cafe\u0301"));
        assertEquals("caf\u00E9", TextNormalizer.normalize("cafe\u0000\u0301"));
    }

    @Test
    void trailingSpaceIsTrimmedPerLineButIndentationStays() {
        assertEquals("one\n  two\nthree", TextNormalizer.normalize("one  \t\n  two\u00A0\nthree   "));
    }

    @Test
    void moreThanTwoBlankLinesCollapseToTwo() {
        assertEquals("a\n\n\nb", TextNormalizer.normalize("a\n\n\n\n\n\nb"));
        assertEquals("a\n\n\nb", TextNormalizer.normalize("a\n  \n\t\n \n\nb"));
        assertEquals("a\n\nb", TextNormalizer.normalize("a\n\nb"));
    }

    @Test
    void leadingBlankLinesAndTrailingWhitespaceGo() {
        assertEquals("  text", TextNormalizer.normalize("\n \n  text\n\n \n"));
        assertEquals("", TextNormalizer.normalize(" \n\t\r\n\u0000"));
    }

    @Test
    void isIdempotent() {
        for (String raw : new String[] { "a\r\n\r\n\r\n\r\n b \t\r", "e\u0000\u0301\u2028x\u000B\n\n\n\ny  ",
                "\uFEFF\n\nz\u00A0\n", "plain", "tab\tinside\n\n\n" }) {
            String once = TextNormalizer.normalize(raw);
            assertEquals(once, TextNormalizer.normalize(once), raw);
        }
    }

    @Test
    void controlsAfterALongCleanStretchAreStillFound() {
        String clean = "A clean paragraph of prose.\tWith a tab.\n".repeat(50);
        assertEquals(clean.strip(), TextNormalizer.normalize(clean));
        assertEquals(clean + "line\nsep\n\npara\nend", TextNormalizer.normalize(clean + "line\u2028sep\u2029\u2029para\u0085\nend"));
        assertEquals(clean + "x", TextNormalizer.normalize(clean + "\u009Fx\u0000"));
    }
}
