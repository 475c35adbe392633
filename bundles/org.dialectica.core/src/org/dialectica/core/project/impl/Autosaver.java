package org.dialectica.core.project.impl;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.dialectica.core.project.AutosavePolicy;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Writes the model to {@code .dialectica/autosave/dialectica.xmi} in the background, a short while
 * after the last edit, so that a crash loses at most that while of work.
 *
 * <p>EMF models are not thread-safe and edits run on the caller's thread, so the background
 * snapshot is optimistic: the number of executed commands is read before and after serializing,
 * and a snapshot taken while an edit ran (or one that failed because of it) is thrown away and
 * retried. An autosave is never applied without the user's consent (see {@link AutosaveRecovery}).
 */
public final class Autosaver implements CommandStackListener, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Autosaver.class.getName());

    private final Resource resource;
    private final CommandStack stack;
    private final BooleanSupplier dirty;
    private final Path target;
    private final AtomicFileWriter writer;
    private final ModelSerializer serializer;
    private final ScheduledExecutorService executor;
    private volatile AutosavePolicy policy;

    /** Counts command stack changes; compared before and after a background snapshot. */
    private final AtomicLong edits = new AtomicLong();
    /** Guards the files: a save and an autosave never write at the same time. */
    private final Object files = new Object();

    private long autosavedEdits;
    private ScheduledFuture<?> pending;
    private boolean closed;

    public Autosaver(Resource resource, CommandStack stack, BooleanSupplier dirty, Path target, AtomicFileWriter writer,
            ModelSerializer serializer, ScheduledExecutorService executor, AutosavePolicy policy) {
        this.resource = resource;
        this.stack = stack;
        this.dirty = dirty;
        this.target = target;
        this.writer = writer;
        this.serializer = serializer;
        this.executor = executor;
        this.policy = policy;
        stack.addCommandStackListener(this);
    }

    @Override
    public void commandStackChanged(EventObject event) {
        edits.incrementAndGet();
        schedule();
    }

    private synchronized void schedule() {
        if (closed) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        AutosavePolicy now = policy;
        if (now.enabled()) {
            pending = executor.schedule(this::autosaveInBackground, now.delay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Autosaves by {@code newPolicy} from now on: a pending autosave is rescheduled with the new delay, or
     * cancelled when autosaving is off; edits made while it was off are autosaved once it is on again.
     */
    void setPolicy(AutosavePolicy newPolicy) {
        policy = newPolicy;
        boolean waiting;
        synchronized (this) {
            waiting = pending != null && !pending.isDone();
        }
        if (waiting || edits.get() != autosavedEdits()) {
            schedule();
        }
    }

    private long autosavedEdits() {
        synchronized (files) {
            return autosavedEdits;
        }
    }

    private void autosaveInBackground() {
        if (!autosave()) {
            schedule();
        }
    }

    /** The lock that {@link OpenProjectImpl#save} holds while writing the model. */
    Object fileLock() {
        return files;
    }

    /**
     * Writes the autosave now if there are unsaved edits not yet autosaved.
     *
     * @return false when the snapshot was overtaken by an edit and must be retried
     */
    boolean autosave() {
        synchronized (files) {
            long before = edits.get();
            if (before == autosavedEdits) {
                return true;
            }
            try {
                if (!dirty.getAsBoolean()) {
                    // Undone back to the saved state: the saved model is the latest work.
                    Files.deleteIfExists(target);
                    autosavedEdits = before;
                    return true;
                }
                byte[] snapshot = serializer.toBytes(resource);
                if (edits.get() != before) {
                    return false;
                }
                writer.write(target, snapshot);
                wroteAutosave = true;
                autosavedEdits = before;
                return true;
            } catch (IOException | RuntimeException problem) {
                if (edits.get() != before) {
                    return false;
                }
                // The model cannot be written as it is (the next save will say why) or the disk failed:
                // try again after the next edit rather than in a loop.
                LOG.log(Level.WARNING, "Autosave to " + target + " failed: " + problem, problem);
                autosavedEdits = before;
                return true;
            }
        }
    }

    /** Whether this session wrote the autosave file (it may also hold an earlier session's work). */
    private volatile boolean wroteAutosave;

    /** Called by a normal save, holding {@link #fileLock()}: the saved model supersedes the autosave. */
    void saved() throws IOException {
        autosavedEdits = edits.get();
        Files.deleteIfExists(target);
    }

    /** Stops autosaving; unsaved edits are written to the autosave first, on the caller's thread. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (pending != null) {
                pending.cancel(false);
            }
        }
        stack.removeCommandStackListener(this);
        if (dirty.getAsBoolean()) {
            autosave();
        } else {
            // Edits undone back to the saved state before the autosave caught up: what this session
            // autosaved is older than the saved model and must not be offered for recovery next time.
            // An autosave left by an earlier session is kept until the user decides about it. The flag
            // is read under the lock: an autosave in flight sets it only after its file is in place.
            synchronized (files) {
                if (wroteAutosave) {
                    try {
                        Files.deleteIfExists(target);
                    } catch (IOException e) {
                        LOG.log(Level.WARNING, "Could not delete the outdated autosave " + target + ": " + e, e);
                    }
                }
            }
        }
    }
}
