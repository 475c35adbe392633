package org.dialectica.team;

import java.nio.file.Path;

/** A team operation failed; the message says why in a user's words and what to do. Nothing was lost. */
public class TeamException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path project;

    public TeamException(Path project, String message, Throwable cause) {
        super(message, cause);
        this.project = project;
    }

    public TeamException(Path project, String message) {
        this(project, message, null);
    }

    /** The project folder concerned. */
    public Path project() {
        return project;
    }
}
