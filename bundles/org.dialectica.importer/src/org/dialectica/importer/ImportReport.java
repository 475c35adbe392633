package org.dialectica.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * What a batch import did with each file, in the order the files were processed.
 *
 * @param results   one entry per file looked at
 * @param cancelled whether the user cancelled before every file was processed
 */
public record ImportReport(List<FileResult> results, boolean cancelled) {

    /** What happened to one file. */
    public enum Status {
        /** A new source was added to the project. */
        IMPORTED,
        /** A source with the same content already exists (imported before, or a duplicate in this batch). */
        UNCHANGED,
        /** The file could not be imported; see the reason and message. */
        FAILED
    }

    /**
     * @param file     the file
     * @param status   what happened
     * @param sourceId the id of the new or existing source, {@code null} when the import failed
     * @param reason   why it failed, {@code null} unless failed
     * @param message  a message for people, naming the file, {@code null} when imported
     */
    public record FileResult(Path file, Status status, String sourceId, ImportException.Reason reason, String message) {

        static FileResult imported(Path file, String sourceId) {
            return new FileResult(file, Status.IMPORTED, sourceId, null, null);
        }

        static FileResult unchanged(Path file, String sourceId, String message) {
            return new FileResult(file, Status.UNCHANGED, sourceId, null, message);
        }

        static FileResult failed(Path file, ImportException e) {
            return new FileResult(file, Status.FAILED, null, e.reason(), e.getMessage());
        }
    }

    public ImportReport {
        results = List.copyOf(results);
    }

    public long count(Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    public List<FileResult> failures() {
        return results.stream().filter(r -> r.status() == Status.FAILED).toList();
    }

    /** Whether every file was imported or already there, and nothing was cancelled. */
    public boolean isComplete() {
        return !cancelled && failures().isEmpty();
    }
}
