package org.dialectica.importer;

import java.nio.file.Path;
import java.util.List;

import org.dialectica.core.anchor.AnchorReport;

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
        /**
         * The file was imported before from the same place and has changed since: its source now has the
         * new text, and the anchors on it were found again (see {@link FileResult#anchors()}).
         */
        UPDATED,
        /** The file could not be imported; see the reason and message. */
        FAILED
    }

    /**
     * @param file     the file
     * @param status   what happened
     * @param sourceId the id of the new or existing source, {@code null} when the import failed
     * @param reason   why it failed, {@code null} unless failed
     * @param message  a message for people, naming the file; for an imported file a note or {@code null}
     * @param anchors  for an updated source, what happened to each anchor on it; {@code null} otherwise
     */
    public record FileResult(Path file, Status status, String sourceId, ImportException.Reason reason, String message,
            AnchorReport anchors) {

        static FileResult imported(Path file, String sourceId, String note) {
            return new FileResult(file, Status.IMPORTED, sourceId, null, note, null);
        }

        /**
         * The message without the file name it starts with, for lists that show the name in a column or line of its
         * own; empty when there is no message.
         */
        public String detail() {
            if (message == null) {
                return "";
            }
            String name = ImportChecks.displayName(file) + ": ";
            return message.startsWith(name) ? message.substring(name.length()) : message;
        }

        static FileResult unchanged(Path file, String sourceId, String message) {
            return new FileResult(file, Status.UNCHANGED, sourceId, null, message, null);
        }

        static FileResult updated(Path file, String sourceId, String message, AnchorReport anchors) {
            return new FileResult(file, Status.UPDATED, sourceId, null, message, anchors);
        }

        static FileResult failed(Path file, ImportException e) {
            return new FileResult(file, Status.FAILED, null, e.reason(), e.getMessage(), null);
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

    /** Whether every file was imported, updated or already there, and nothing was cancelled. */
    public boolean isComplete() {
        return !cancelled && failures().isEmpty();
    }
}
