package org.dialectica.importer.tika;

import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/** Guesses a text's language with Tika's Optimaize detector; loads its models once, on first use. */
final class LanguageGuesser {

    /**
     * The detector sees three windows of the text, at a quarter, half and three quarters of it: spread over the
     * document, so that a title page, a table of contents or an abstract in another language at the start does not
     * decide alone; about 1,200 characters in all, enough for the n-gram detector on prose (it is reliable from a few
     * hundred) and little enough that detection stays a small part of an import (on 5,000 characters it was the
     * largest part of the importer's own time on HTML; its cost grows with the sample). A shorter text is taken whole.
     */
    static final int WINDOW_CHARS = 400;
    private static final int WINDOWS = 3;

    private LanguageDetector detector;

    /** The ISO 639-1 code of the text's language, or {@code null} when the detector is not reasonably sure. */
    synchronized String guess(String text) {
        if (text.isBlank()) {
            return null;
        }
        if (detector == null) {
            detector = new OptimaizeLangDetector().loadModels();
        }
        detector.reset();
        LanguageResult result = detector.detect(sample(text));
        return result.isReasonablyCertain() && !result.isUnknown() ? result.getLanguage() : null;
    }

    /** What the detector sees: the whole text when short, else the three windows, joined by blank lines. */
    static String sample(String text) {
        if (text.length() <= WINDOWS * WINDOW_CHARS * 2) {
            return text;
        }
        StringBuilder sample = new StringBuilder(WINDOWS * (WINDOW_CHARS + 2));
        for (int w = 1; w <= WINDOWS; w++) {
            int start = wordStart(text, (int) ((long) text.length() * w / (WINDOWS + 1)) - WINDOW_CHARS / 2);
            int end = Math.min(text.length(), start + WINDOW_CHARS);
            sample.append(text, start, end).append("\n\n");
        }
        return sample.toString();
    }

    /** The start of the first whole word shortly after {@code index}, so that a window does not begin mid-word. */
    private static int wordStart(String text, int index) {
        int from = Math.max(0, index);
        for (int i = from; i > 0 && i < text.length() && i < from + 40; i++) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return from;
    }
}
