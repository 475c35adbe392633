package org.dialectica.model.resource;

import java.io.IOException;

/** A model file that this version of Dialectica must not read: written by a newer version, or not a Dialectica file. */
public class UnsupportedFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String foundNsUri;

    public UnsupportedFormatException(String message, String foundNsUri, Throwable cause) {
        super(message, cause);
        this.foundNsUri = foundNsUri;
    }

    /** The namespace URI the file declared. */
    public String getFoundNsUri() {
        return foundNsUri;
    }
}
