package org.dialectica.model.validation;

import java.util.Map;
import java.util.Optional;

import org.dialectica.model.Source;

/**
 * Gives validation access to the extracted text of a source, which lives beside the model
 * ({@code sources/<sha256>.txt}) and not in it. The model bundle does no file I/O: whoever owns
 * the project folder supplies this, through the validation context ({@link #putInto}). Without
 * it, the anchor checks that need the text are skipped.
 */
@FunctionalInterface
public interface SourceTextProvider {

    /**
     * The extracted text of {@code source}, the text that anchor offsets count in; empty when it is
     * not available (e.g. the file is missing). Called once per anchor, so implementations should cache.
     */
    Optional<? extends CharSequence> textOf(Source source);

    /** Puts {@code provider} into a validation context, e.g. one from {@code Diagnostician.createDefaultContext()}. */
    static Map<Object, Object> putInto(Map<Object, Object> context, SourceTextProvider provider) {
        context.put(SourceTextProvider.class, provider);
        return context;
    }

    /** The provider in a validation context, if any. */
    static Optional<SourceTextProvider> from(Map<Object, Object> context) {
        return context == null ? Optional.empty()
                : Optional.ofNullable((SourceTextProvider) context.get(SourceTextProvider.class));
    }
}
