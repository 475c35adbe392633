package org.dialectica.team;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Shares Dialectica projects through git. A project folder is the working tree of a repository:
 * {@code dialectica.xmi} and {@code sources/} are versioned, {@code .dialectica/} (lock, autosave, index)
 * is ignored. Pulls merge {@code dialectica.xmi} element by element (by id), not line by line, so
 * concurrent edits of different elements never conflict; see {@link org.dialectica.team.merge.ModelMerger}.
 *
 * <p>The service works on folders. A caller with the project open saves it before {@link #commit} and
 * reloads it after a pull that {@link PullResult#changedFiles() changed files} (see {@link TeamListener}).
 * The remote is always called {@code origin}; authentication is whatever git transport the URI names
 * needs without prompting (local paths and {@code file://} work everywhere).
 */
public interface TeamService {

    /** The name of the remote every operation uses. */
    String REMOTE = "origin";

    /** True when {@code project} is the top folder of a git working tree. */
    boolean isShared(Path project);

    /**
     * Makes the project folder a git repository (branch {@code main}) and commits its files. The
     * {@code .gitignore} written by the project service keeps {@code .dialectica/} out; one is written if
     * it is missing.
     *
     * @return the id of the first commit
     */
    String init(Path project, Author author) throws TeamException;

    /** Clones a shared project into {@code directory}, which must not exist or be empty. */
    void clone(String remoteUri, Path directory) throws TeamException;

    /** Sets (or changes) the URI of the remote {@code origin}. */
    void setRemote(Path project, String remoteUri) throws TeamException;

    /**
     * Commits every change of the project (model, sources, deletions).
     *
     * @param author null for the author git is configured with
     * @return the new commit's id, or empty when there was nothing to commit
     */
    Optional<String> commit(Path project, String message, Author author) throws TeamException;

    /**
     * Fetches from {@code origin} and merges its branch: a fast-forward when only the remote moved, else a
     * merge commit in which {@code dialectica.xmi} is merged by the model. Refused when the project has
     * uncommitted changes. A project without remote is {@link PullResult#upToDate() up to date}.
     *
     * @param author the author of a merge commit; null for git's configured one
     */
    PullResult pull(Path project, Author author) throws TeamException;

    /**
     * Pushes the current branch to {@code origin}.
     *
     * @return false when there was nothing to push
     * @throws TeamException when the remote has commits this project lacks (pull first) or refuses the push
     */
    boolean push(Path project) throws TeamException;

    ProjectStatus status(Path project) throws TeamException;

    /**
     * Commit, then pull and push when the project has a remote. A pull with conflicts is not pushed: the
     * merge commit stays local for review, and the next sync pushes it. A project that is not shared yet
     * is {@link #init initialised} first.
     */
    SyncResult sync(Path project, String message, Author author) throws TeamException;

    void addTeamListener(TeamListener listener);

    void removeTeamListener(TeamListener listener);
}
