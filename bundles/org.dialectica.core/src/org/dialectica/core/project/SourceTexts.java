package org.dialectica.core.project;

import java.io.InputStream;
import java.nio.file.Path;

import org.dialectica.model.Source;

/** Reads and stores the extracted texts and original files of a project's sources. */
public interface SourceTexts {

    /** The stored, normalised text of {@code source}; anchor offsets refer to it. */
    String text(Source source) throws ProjectException;

    /** Whether the text of a source with this content hash is stored. */
    boolean hasText(String sha256);

    /**
     * Stores a text atomically under {@code sources/<sha256>.txt}: a crash leaves the complete file or
     * none. It is durable (survives a power cut) once {@link #sync()} returns; store every text a
     * change needs, sync once, and only then let the model refer to them.
     */
    Path storeText(String sha256, String text) throws ProjectException;

    /** Stores the original file atomically under {@code sources/<sha256>.orig.<extension>}; see {@link #storeText}. */
    Path storeOriginal(String sha256, String extension, InputStream content) throws ProjectException;

    /** Makes every text and original stored so far durable. */
    void sync() throws ProjectException;
}
