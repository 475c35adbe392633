package org.dialectica.cli.internal;

/** A project folder could not be read; the message says why, in words for the command line. */
public class ProjectReadException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProjectReadException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProjectReadException(String message) {
        super(message);
    }
}
