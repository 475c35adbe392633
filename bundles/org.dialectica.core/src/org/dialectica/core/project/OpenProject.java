package org.dialectica.core.project;

import java.nio.file.Path;
import java.util.Optional;

import org.dialectica.model.Project;
import org.dialectica.model.Source;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A project opened for editing by this process. Every change to {@link #model()} goes through a command on
 * {@link #editingDomain()}'s command stack, so that undo and redo work everywhere (workbench, command line,
 * importer, interchange).
 */
public interface OpenProject extends AutoCloseable {

    Path directory();

    Project model();

    /** The editing domain whose command stack holds every edit of this project. */
    EditingDomain editingDomain();

    /** The extracted texts of this project's sources. */
    SourceTexts texts();

    /** True when the command stack holds edits not yet saved. */
    boolean isDirty();

    /** Saves atomically (temporary file, fsync, rename, one backup kept). */
    void save(IProgressMonitor monitor) throws ProjectException;

    /** Autosaved work found at open that is newer than the saved model, if any. */
    Optional<RecoverableWork> recoverableWork();

    /** Releases the lock and the resources; unsaved edits are kept in the autosave. */
    @Override
    void close();

    /** The text of {@code source}; a shortcut for {@code texts().text(source)}. */
    default String textOf(Source source) throws ProjectException {
        return texts().text(source);
    }
}
