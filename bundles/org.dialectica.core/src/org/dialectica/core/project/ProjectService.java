package org.dialectica.core.project;

import java.nio.file.Path;
import java.util.List;

import org.dialectica.model.Project;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Creates, opens, saves and closes Dialectica projects. A project is a folder:
 *
 * <pre>
 * &lt;project&gt;/
 *   dialectica.xmi            the model (the only source of truth, git-friendly)
 *   sources/&lt;sha256&gt;.txt     extracted, normalised text of a source (UTF-8, LF); anchor offsets refer to it
 *   sources/&lt;sha256&gt;.orig.&lt;ext&gt;  the original file as imported
 *   .gitignore               written by Dialectica: ignores .dialectica/
 *   .dialectica/             derived and local data, safe to delete: lock, autosave/, backup/, index/
 * </pre>
 *
 * {@code <sha256>} is {@link org.dialectica.model.Source#getSha256()}, the hash of the original file's bytes.
 * Implementations save atomically, lock a project against a second process, autosave in the background
 * and offer recovery after a crash.
 */
public interface ProjectService {

    /** Creates an empty project named {@code name} in {@code directory}, which must not exist or be empty. */
    OpenProject create(Path directory, String name, IProgressMonitor monitor) throws ProjectException;

    /**
     * Opens a project for editing and takes its lock. Autosaved work newer than the model is not applied
     * silently: see {@link OpenProject#recoverableWork()}.
     *
     * @throws ProjectException with {@link ProjectException.Reason#LOCKED} when another process has it open,
     *         {@link ProjectException.Reason#NEWER_FORMAT} for files from a newer Dialectica (never overwritten)
     */
    OpenProject open(Path directory, IProgressMonitor monitor) throws ProjectException;

    /**
     * Loads the model without locking or autosave, for read-only work (validation, statistics, export).
     * Edits to the returned model are never saved.
     */
    Project readOnly(Path directory) throws ProjectException;

    /** The projects this process has open, in the order they were opened. */
    List<OpenProject> openProjects();

    /** How unsaved work is autosaved in the background; {@link AutosavePolicy#DEFAULT} until set. */
    AutosavePolicy autosavePolicy();

    /**
     * Changes how unsaved work is autosaved, for the projects open now (edits not yet autosaved are then
     * autosaved by the new policy) and those opened later. The setting lasts as long as this service: callers
     * that let users choose it (the workbench's preferences) set it again at each start.
     */
    void setAutosavePolicy(AutosavePolicy policy);

    void addProjectListener(ProjectListener listener);

    void removeProjectListener(ProjectListener listener);
}
