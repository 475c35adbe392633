package org.dialectica.cli.internal;

/** A project folder could not be read, opened, created or saved; the message says why, in words for the command line. */
public class ProjectAccessException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProjectAccessException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProjectAccessException(String message) {
        super(message);
    }
}
