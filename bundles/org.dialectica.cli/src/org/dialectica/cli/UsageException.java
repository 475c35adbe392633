package org.dialectica.cli;

/** The command line does not fit the command's synopsis: reported with the synopsis and {@link ExitCodes#USAGE}. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
