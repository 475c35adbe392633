package org.dialectica.core.project;

import java.time.Instant;

/** Work autosaved before a crash that is newer than the project's saved model. */
public interface RecoverableWork {

    Instant autosavedAt();

    /** Replaces the model with the autosaved one, as one undoable command. */
    void recover() throws ProjectException;

    /** Deletes the autosave; the saved model stays as it is. */
    void discard();
}
