package org.dialectica.index.session;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.dialectica.core.project.OpenProject;
import org.dialectica.index.IndexService;
import org.dialectica.index.OpenOutcome;
import org.dialectica.index.PassageDoc;
import org.dialectica.index.ProjectIndex;
import org.dialectica.index.QuerySyntaxException;
import org.dialectica.index.SearchHit;
import org.dialectica.index.SearchRequest;
import org.dialectica.index.SearchResult;
import org.dialectica.model.Source;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;

/**
 * Keeps the search index of an {@link OpenProject} in step with its model for as long as the project is
 * open. {@link #start()} opens the index in a background job (rebuilding it, with progress, when it is
 * missing or damaged); after that every command executed, undone or redone on the project's command
 * stack is turned into index updates on the model's thread and applied, in order, by a background job,
 * each batch committed so the next search sees it.
 *
 * <p>Searches may be run from any thread; the model reads that {@code is:} filters need go through
 * the session's {@link ModelAccess}. Listeners registered with {@link #addUpdateListener} hear, on the
 * background thread, when the index has changed (so views can re-run their queries).
 */
public final class IndexSession implements AutoCloseable {

    /** Job family of the session's jobs, for {@code Job.getJobManager().join(...)}. */
    public static final Object JOB_FAMILY = IndexSession.class;

    private final OpenProject project;
    private final IndexService service;
    private final ModelAccess modelAccess;
    private final ChangeTracker tracker;
    private final Queue<IndexUpdate> pending = new ConcurrentLinkedQueue<>();
    private final List<Runnable> updateListeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch opened = new CountDownLatch(1);
    private final CommandStackListener commandListener = event -> enqueue();
    private final Job updateJob;
    private volatile ProjectIndex index;
    private volatile IOException openFailure;
    private volatile boolean closed;

    public IndexSession(OpenProject project, IndexService service, ModelAccess modelAccess) {
        this.project = project;
        this.service = service;
        this.modelAccess = modelAccess;
        this.tracker = new ChangeTracker(project.model());
        this.updateJob = new SessionJob("Updating the search index", this::applyPending);
        updateJob.setSystem(true);
    }

    /**
     * Starts following the project and opens its index in the background. Call on the model's thread:
     * it takes a snapshot of the model.
     *
     * @return the job opening the index
     */
    public Job start() {
        SnapshotContent snapshot = SnapshotContent.take(project);
        tracker.attach();
        project.editingDomain().getCommandStack().addCommandStackListener(commandListener);
        Job open = new SessionJob("Indexing " + project.directory().getFileName(), monitor -> open(snapshot, monitor));
        open.setUser(false);
        open.schedule();
        return open;
    }

    private IStatus open(SnapshotContent snapshot, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Indexing " + project.directory().getFileName(), 1000);
        try {
            ProjectIndex opening = service.open(project.directory(), snapshot, (done, total) -> {
                if (total > 0) {
                    progress.setWorkRemaining((int) Math.max(1, total - done));
                }
                progress.worked(1);
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
            });
            if (opening.openOutcome() == OpenOutcome.OPENED) {
                new IndexReconciler(opening, project).reconcile(snapshot);
                opening.commit();
            }
            if (closed) {
                opening.close();
                return Status.CANCEL_STATUS;
            }
            index = opening;
            return Status.OK_STATUS;
        } catch (IOException e) {
            openFailure = e;
            return Status.error("The search index of " + project.directory() + " could not be opened: " + e.getMessage(), e);
        } finally {
            opened.countDown();
            updateJob.schedule(); // applies what was edited while the index was opening
            fireUpdated();
        }
    }

    /** Runs on the model's thread, right after a command: maps what it touched. */
    private void enqueue() {
        IndexUpdate update = tracker.drain();
        if (!update.isEmpty() && !closed) {
            pending.add(update);
            updateJob.schedule();
        }
    }

    private IStatus applyPending(IProgressMonitor monitor) {
        ProjectIndex target = index;
        if (target == null) {
            return Status.OK_STATUS; // the open job reschedules this once the index is there
        }
        boolean changed = false;
        try {
            for (IndexUpdate update = pending.poll(); update != null; update = pending.poll()) {
                apply(target, update);
                changed = true;
            }
            if (changed) {
                target.commit();
            }
            return Status.OK_STATUS;
        } catch (IOException e) {
            return Status.error("The search index could not be updated: " + e.getMessage(), e);
        } finally {
            if (changed) {
                fireUpdated();
            }
        }
    }

    private void apply(ProjectIndex target, IndexUpdate update) throws IOException {
        if (!update.deletedIds().isEmpty()) {
            target.deleteElements(update.deletedIds());
        }
        for (String sourceId : update.deletedSources()) {
            target.deleteSource(sourceId);
        }
        for (Source source : update.sources()) {
            List<PassageDoc> passages = SnapshotContent.passagesOf(project, source);
            target.indexPassages(source.getId(), passages);
        }
        for (IndexUpdate.RenamedSource source : update.renamedSources()) {
            target.indexSourceMetadata(source.id(), source.metadata());
        }
        if (!update.elements().isEmpty()) {
            target.indexElements(update.elements());
        }
    }

    private void fireUpdated() {
        updateListeners.forEach(Runnable::run);
    }

    /** The project this session indexes. */
    public OpenProject project() {
        return project;
    }

    /** Whether the index is open and searchable. */
    public boolean isReady() {
        return index != null;
    }

    /** What opening the index found, once it is open. */
    public OpenOutcome openOutcome() {
        return requireIndex().openOutcome();
    }

    /**
     * Searches the project. Waits for the index to open if it is still opening. May be called from any
     * thread; {@code is:} filters read the live model through the session's {@link ModelAccess}.
     */
    public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
        ProjectIndex target = awaitIndex();
        if (!request.query().toLowerCase(Locale.ROOT).contains("is:")) {
            return target.search(request);
        }
        Object[] outcome = new Object[1];
        modelAccess.read(() -> {
            try {
                outcome[0] = target.search(request);
            } catch (QuerySyntaxException | IOException e) {
                outcome[0] = e;
            }
            return null;
        });
        if (outcome[0] instanceof QuerySyntaxException e) {
            throw e;
        }
        if (outcome[0] instanceof IOException e) {
            throw e;
        }
        return (SearchResult) outcome[0];
    }

    /** Passages worded like the indexed text of an element (a claim, an issue...). */
    public List<SearchHit> similarPassagesToElement(String elementId, int limit) throws IOException {
        return awaitIndex().similarPassagesToElement(elementId, limit);
    }

    /** Is told, on a background thread, after the index has been opened or updated. */
    public void addUpdateListener(Runnable listener) {
        updateListeners.add(listener);
    }

    public void removeUpdateListener(Runnable listener) {
        updateListeners.remove(listener);
    }

    /**
     * Waits until the index is open and every command so far has reached it. For tests and for callers
     * that must see their own edit in the next search.
     */
    public void awaitUpdates(long timeout, TimeUnit unit) throws InterruptedException {
        if (!opened.await(timeout, unit)) {
            return;
        }
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while ((!pending.isEmpty() || updateJob.getState() != Job.NONE) && System.nanoTime() < deadline) {
            updateJob.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())), null);
        }
    }

    private ProjectIndex awaitIndex() throws IOException {
        try {
            opened.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the search index was opening", e);
        }
        return requireIndex();
    }

    private ProjectIndex requireIndex() {
        ProjectIndex target = index;
        if (target == null) {
            throw new IllegalStateException(openFailure != null ? "the search index could not be opened: "
                    + openFailure.getMessage() : "the search index is not open (yet)");
        }
        return target;
    }

    /** Stops following the project and closes (and so commits) the index. Call on the model's thread. */
    @Override
    public void close() {
        closed = true;
        CommandStack stack = project.editingDomain().getCommandStack();
        stack.removeCommandStackListener(commandListener);
        tracker.detach();
        try {
            opened.await(30, TimeUnit.SECONDS);
            updateJob.join(30_000, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ProjectIndex target = index;
        index = null;
        if (target != null) {
            try {
                target.close();
            } catch (IOException e) {
                // the index is derived data: the next open rebuilds it if this left it inconsistent
            }
        }
    }

    /** A job of this session's family. */
    private static final class SessionJob extends Job {
        private final java.util.function.Function<IProgressMonitor, IStatus> body;

        SessionJob(String name, java.util.function.Function<IProgressMonitor, IStatus> body) {
            super(name);
            this.body = body;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            return body.apply(monitor);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == JOB_FAMILY;
        }
    }
}
