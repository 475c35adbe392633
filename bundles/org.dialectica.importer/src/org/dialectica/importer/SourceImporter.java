package org.dialectica.importer;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * Turns one file of some document format into an {@link ExtractedDocument}: normalised text, metadata and
 * passage boundaries. Contribute implementations through the extension point
 * {@code org.dialectica.importer.sourceImporters} or as OSGi services; {@link ImporterRegistry} picks the
 * importer with the highest priority for a file's media type or extension.
 * <p>
 * Implementations must honour the {@link ImportLimits} they are given, report every failure as an
 * {@link ImportException} naming the file, and be safe for use from several threads. An importer that
 * holds resources (a parser process, caches) releases them in {@link #close()}.
 */
public interface SourceImporter extends AutoCloseable {

    /**
     * Media types this importer reads, without parameters, e.g. {@code application/pdf}. A type ending in
     * {@code /*} accepts a whole family; {@code *}{@code /*} means "try anything" (a content-sniffing fallback).
     */
    Set<String> mediaTypes();

    /** File extensions this importer reads, lower case, without the dot, e.g. {@code pdf}. */
    Set<String> fileExtensions();

    /**
     * Imports one file.
     *
     * @param file   the file to read; it is not modified
     * @param limits the limits to enforce
     * @return the extracted document; its text is never empty
     * @throws ImportException when the file cannot be imported, with the reason
     */
    ExtractedDocument extract(Path file, ImportLimits limits) throws ImportException;

    /**
     * Imports one stream, which is copied to a temporary file of the same name first (at most {@link ImportLimits#maxFileSize()}
     * bytes) so that the importer can read it more than once or hand it to another process.
     *
     * @param fileName the original file name, used for format detection and messages
     */
    default ExtractedDocument extract(InputStream in, String fileName, ImportLimits limits) throws ImportException {
        Path temp = null;
        try {
            temp = ImportChecks.spool(in, fileName, limits);
            return extract(temp, limits);
        } finally {
            if (temp != null) {
                ImportChecks.deleteSpooled(temp);
            }
        }
    }

    /**
     * A hint that {@link #extract(Path, ImportLimits)} will be called for {@code file} once the extractions asked for
     * before it are done, so that an importer that parses in another process or thread can start on it early. The Tika
     * importer hands the file to its parse worker while the worker still parses the file before, so the worker goes
     * from file to file without waiting for a request.
     * <p>
     * Called on a thread of its own, possibly while an {@code extract} runs, and only for an importer that exists
     * already (an extension's importer is created on its first extraction, where a hang is watched). It must return
     * quickly; it may ignore the hint, and a hint may be followed by no {@code extract} (the user cancelled, or
     * another importer took the file). Does nothing by default.
     */
    default void expect(Path file, ImportLimits limits) {
        // no work ahead by default
    }

    /**
     * Stops an {@link #extract} running on another thread, if this importer can; the extract then fails.
     * Called when the user cancels a batch import. Does nothing by default.
     */
    default void cancel() {
        // not cancellable by default: the batch stops after this file
    }

    @Override
    default void close() {
        // nothing to release by default
    }
}
