package org.dialectica.importer.tika;

import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/** Guesses a text's language with Tika's Optimaize detector; loads its models once, on first use. */
final class LanguageGuesser {

    /**
     * Enough text to be sure (the n-gram detector is reliable from a few hundred characters of prose),
     * little enough that detection stays a small part of an import: 20,000 characters made it a sizeable
     * share of the time spent on short documents.
     */
    private static final int SAMPLE_CHARS = 5_000;

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
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        LanguageResult result = detector.detect(sample);
        return result.isReasonablyCertain() && !result.isUnknown() ? result.getLanguage() : null;
    }
}
