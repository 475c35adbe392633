package org.dialectica.importer.tika;

import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/** Guesses a text's language with Tika's Optimaize detector; loads its models once, on first use. */
final class LanguageGuesser {

    /** Enough text to be sure, little enough to stay fast on books. */
    private static final int SAMPLE_CHARS = 20_000;

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
