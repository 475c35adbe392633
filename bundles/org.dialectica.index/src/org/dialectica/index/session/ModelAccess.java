package org.dialectica.index.session;

import java.util.function.Supplier;

/**
 * Runs a read of the EMF model where reading it is safe: on the thread that executes the project's
 * commands (the UI thread in the workbench). EMF models are not thread-safe, so an {@link IndexSession}
 * reads the model only through this.
 */
@FunctionalInterface
public interface ModelAccess {

    /** Reads on the calling thread: for callers that already are on the model's thread (tests, CLI). */
    ModelAccess CALLING_THREAD = new ModelAccess() {
        @Override
        public <T> T read(Supplier<T> reader) {
            return reader.get();
        }
    };

    /** Runs {@code reader} on the model's thread, waiting for it, and returns its result. */
    <T> T read(Supplier<T> reader);
}
