package org.dialectica.core.project.impl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.core.project.ProjectException.Reason;
import org.dialectica.core.project.RecoverableWork;
import org.dialectica.core.project.SourceTexts;
import org.dialectica.model.Project;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;

/** A project opened for editing: holds its lock, its editing domain and its autosaver until closed. */
public final class OpenProjectImpl implements OpenProject {

    private final DefaultProjectService service;
    private final ProjectLayout layout;
    private final ProjectLock lock;
    private final AdapterFactoryEditingDomain domain;
    private final Resource resource;
    private final Project model;
    private final SourceTexts texts;
    private final AtomicFileWriter writer;
    private final ModelSerializer serializer;
    private final Autosaver autosaver;

    private volatile RecoverableWork recoverable;
    private volatile boolean closed;

    OpenProjectImpl(DefaultProjectService service, ProjectLayout layout, ProjectLock lock, AdapterFactoryEditingDomain domain,
            Resource resource, AtomicFileWriter writer, ModelSerializer serializer, AutosaverFactory autosavers) {
        this.service = service;
        this.layout = layout;
        this.lock = lock;
        this.domain = domain;
        this.resource = resource;
        this.model = (Project) resource.getContents().get(0);
        this.writer = writer;
        this.serializer = serializer;
        this.texts = new FileSourceTexts(layout, writer);
        this.recoverable = AutosaveRecovery.find(this, layout).orElse(null);
        this.autosaver = autosavers.create(resource, domain.getCommandStack(), this::isDirty, layout.autosave());
    }

    /** Creates the autosaver of a project; the service decides the delay and the thread. */
    interface AutosaverFactory {
        Autosaver create(Resource resource, CommandStack stack, BooleanSupplier dirty, Path target);
    }

    @Override
    public Path directory() {
        return layout.directory();
    }

    @Override
    public Project model() {
        return model;
    }

    @Override
    public EditingDomain editingDomain() {
        return domain;
    }

    @Override
    public SourceTexts texts() {
        return texts;
    }

    @Override
    public boolean isDirty() {
        return commandStack().isSaveNeeded();
    }

    @Override
    public void save(IProgressMonitor monitor) throws ProjectException {
        checkOpen();
        SubMonitor progress = SubMonitor.convert(monitor, "Saving " + layout.displayName(), 2);
        synchronized (autosaver.fileLock()) {
            byte[] content;
            try {
                content = serializer.toBytes(resource);
            } catch (IOException | RuntimeException unwritable) {
                throw new ProjectException(Reason.IO, layout.model(), "Cannot save " + layout.displayName() + ": "
                        + unwritable.getMessage() + ". The file on disk is unchanged.", unwritable);
            }
            progress.worked(1);
            try {
                writer.write(layout.model(), content, layout.backup());
                commandStack().saveIsDone();
                autosaver.saved();
            } catch (IOException failed) {
                throw new ProjectException(Reason.IO, layout.model(), "Cannot save " + layout.displayName() + " to "
                        + layout.model() + ": " + failed + ". The previous version on disk is unchanged.", failed);
            }
            progress.worked(1);
        }
        service.fireSaved(this);
    }

    @Override
    public Optional<RecoverableWork> recoverableWork() {
        return Optional.ofNullable(recoverable);
    }

    void recoveryDone() {
        recoverable = null;
    }

    /** Autosaves by {@code policy} from now on; see {@link org.dialectica.core.project.ProjectService#setAutosavePolicy}. */
    void setAutosavePolicy(org.dialectica.core.project.AutosavePolicy policy) {
        autosaver.setPolicy(policy);
    }

    /** Writes the autosave now, as the background would; for callers that want a point of safety. */
    public void autosaveNow() {
        autosaver.autosave();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            autosaver.close();
        } finally {
            lock.close();
            service.closed(this);
        }
        resource.unload();
    }

    public boolean isClosed() {
        return closed;
    }

    private BasicCommandStack commandStack() {
        return (BasicCommandStack) domain.getCommandStack();
    }

    private void checkOpen() throws ProjectException {
        if (closed) {
            throw new ProjectException(Reason.IO, layout.directory(), "Project " + layout.displayName() + " is closed.");
        }
    }

    @Override
    public String toString() {
        return "OpenProject[" + layout.directory() + "]";
    }
}
