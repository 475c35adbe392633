package org.dialectica.index;

import java.io.IOException;

/** The index is held open by another process or another open {@link ProjectIndex}; it is left alone. */
public class IndexLockedException extends IOException {

    private static final long serialVersionUID = 1L;

    public IndexLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
