package org.dialectica.importer;

import java.util.Objects;

/**
 * A file could not be imported. The {@link #reason() reason} lets callers group and report failures;
 * the message is meant for people and always names the file.
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why an import failed. */
    public enum Reason {
        /** No importer understands the file's format. */
        UNSUPPORTED_FORMAT,
        /** The file is password protected or encrypted. */
        ENCRYPTED,
        /** The file is damaged, truncated or not what its name claims. */
        CORRUPT,
        /** The file, or what it expands to (zip bomb), exceeds {@link ImportLimits}. */
        TOO_LARGE,
        /** The extracted text exceeds {@link ImportLimits#maxChars()}. */
        TOO_MUCH_TEXT,
        /** Parsing took longer than {@link ImportLimits#parseTimeout()} and was stopped. */
        TIMEOUT,
        /** The file is empty or contains no extractable text (for example a scanned PDF). */
        EMPTY,
        /** The file could not be read or written. */
        IO
    }

    private final Reason reason;
    private final String fileName;
    private final String detail;

    public ImportException(Reason reason, String fileName, String detail) {
        this(reason, fileName, detail, null);
    }

    public ImportException(Reason reason, String fileName, String detail, Throwable cause) {
        super(fileName + ": " + detail, cause);
        this.reason = Objects.requireNonNull(reason);
        this.fileName = fileName;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** What went wrong, without the file name. */
    public String detail() {
        return detail;
    }

    /** The name of the file that failed, as given to the importer. */
    public String fileName() {
        return fileName;
    }
}
