package org.dialectica.core.project;

import java.nio.file.Path;

/** A project could not be created, opened, read or saved; the message says why in a user's words. */
public class ProjectException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Another process has the project open. */
        LOCKED,
        /** The model was written by a newer Dialectica; it is never overwritten. */
        NEWER_FORMAT,
        /** The folder holds no Dialectica project. */
        NOT_A_PROJECT,
        /** The model file is damaged or not a Dialectica model. */
        CORRUPT,
        /** The model file contains a DOCTYPE or external entities and was refused. */
        UNSAFE_XML,
        /** Reading or writing failed (disk full, permissions...). */
        IO
    }

    private final Reason reason;
    private final Path path;

    public ProjectException(Reason reason, Path path, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.path = path;
    }

    public ProjectException(Reason reason, Path path, String message) {
        this(reason, path, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The file or folder concerned. */
    public Path path() {
        return path;
    }
}
