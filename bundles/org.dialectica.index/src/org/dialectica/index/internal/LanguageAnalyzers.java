package org.dialectica.index.internal;

import java.io.Closeable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * One analyzer per supported language. Text is indexed into one field per language
 * ({@code text_en}, {@code text_de}, ...) so that each field is stemmed consistently and queries can
 * be analysed the same way per field; unsupported or unknown languages fall back to English.
 */
public final class LanguageAnalyzers implements Closeable {

    public static final String DEFAULT_LANGUAGE = "en";

    private static final Map<String, Supplier<Analyzer>> FACTORIES = new LinkedHashMap<>();
    static {
        FACTORIES.put("en", EnglishAnalyzer::new);
        FACTORIES.put("de", GermanAnalyzer::new);
        FACTORIES.put("fr", FrenchAnalyzer::new);
        FACTORIES.put("es", SpanishAnalyzer::new);
        FACTORIES.put("it", ItalianAnalyzer::new);
        FACTORIES.put("nl", DutchAnalyzer::new);
        FACTORIES.put("pt", PortugueseAnalyzer::new);
    }

    private final Map<String, Analyzer> byField = new LinkedHashMap<>();
    private final Analyzer plain = new StandardAnalyzer();
    private final Analyzer indexing;

    public LanguageAnalyzers() {
        FACTORIES.forEach((language, factory) -> byField.put(IndexSchema.textField(language), factory.get()));
        indexing = new PerFieldAnalyzerWrapper(plain, byField);
    }

    /** Supported language codes. */
    public static List<String> languages() {
        return List.copyOf(FACTORIES.keySet());
    }

    /** Maps a language tag ("de", "de-CH", "DE", null) to a supported language code. */
    public static String normalize(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return DEFAULT_LANGUAGE;
        }
        String code = languageTag.strip().toLowerCase(Locale.ROOT);
        int cut = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        if (cut > 0) {
            code = code.substring(0, cut);
        }
        return FACTORIES.containsKey(code) ? code : DEFAULT_LANGUAGE;
    }

    /** Analyzer of a language's text field; the plain standard analyzer for any other field. */
    public Analyzer forField(String field) {
        return byField.getOrDefault(field, plain);
    }

    /** The analyzer for the index writer: per field as {@link #forField(String)}. */
    public Analyzer indexing() {
        return indexing;
    }

    @Override
    public void close() {
        indexing.close();
        byField.values().forEach(Analyzer::close);
        plain.close();
    }
}
