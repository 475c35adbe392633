package org.dialectica.model.resource;

import java.io.IOException;

/**
 * A model file refused because its XML uses a construct that Dialectica never writes and that
 * attacks rely on: a DOCTYPE, and with it entity declarations (XXE, "billion laughs").
 */
public class UnsafeXmlException extends IOException {

    private static final long serialVersionUID = 1L;

    public UnsafeXmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
