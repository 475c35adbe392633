package org.dialectica.core.plugins;

/** A contribution threw, could not be loaded, or did not answer in time; the message says which and how. */
public class ContributionFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    public ContributionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
