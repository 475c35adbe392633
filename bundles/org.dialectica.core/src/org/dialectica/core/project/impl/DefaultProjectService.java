package org.dialectica.core.project.impl;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.dialectica.core.project.AutosavePolicy;
import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.core.project.ProjectException.Reason;
import org.dialectica.core.project.ProjectListener;
import org.dialectica.core.project.ProjectService;
import org.dialectica.core.project.migration.ModelMigration;
import org.dialectica.core.project.migration.ModelMigrations;
import org.dialectica.model.Project;
import org.dialectica.model.resource.DialecticaResources;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The project service: projects are folders holding {@code dialectica.xmi}, saved atomically, locked
 * against a second process and autosaved in the background. The work is split among
 * {@link AtomicFileWriter}, {@link ProjectLock}, {@link ModelLoader}, {@link Autosaver} and
 * {@link AutosaveRecovery}; this class wires them and keeps the list of open projects.
 */
@Component(service = ProjectService.class)
public class DefaultProjectService implements ProjectService {

    private static final System.Logger LOG = System.getLogger(DefaultProjectService.class.getName());

    /** How long after the last edit the background autosave runs, until {@link #setAutosavePolicy} changes it. */
    public static final Duration DEFAULT_AUTOSAVE_DELAY = AutosavePolicy.DEFAULT.delay();

    private volatile AutosavePolicy autosavePolicy;
    private final ModelMigrations migrations;
    private final ProjectEditingDomains domains;
    private final AtomicFileWriter writer = new AtomicFileWriter();
    private final ModelSerializer serializer = new ModelSerializer();
    private final ModelLoader loader;
    private final ScheduledExecutorService autosaveThread;
    private final List<OpenProject> open = new CopyOnWriteArrayList<>();
    private final List<ProjectListener> listeners = new CopyOnWriteArrayList<>();

    /** The service as OSGi creates it: default autosave delay, migrations bound as services. */
    public DefaultProjectService() {
        this(DEFAULT_AUTOSAVE_DELAY, new ModelMigrations(), new ProjectEditingDomains());
    }

    public DefaultProjectService(Duration autosaveDelay, ModelMigrations migrations, ProjectEditingDomains domains) {
        this.autosavePolicy = AutosavePolicy.after(autosaveDelay);
        this.migrations = migrations;
        this.domains = domains;
        this.loader = new ModelLoader(migrations);
        this.autosaveThread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "Dialectica autosave");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addMigration(ModelMigration migration) {
        migrations.add(migration);
    }

    public void removeMigration(ModelMigration migration) {
        migrations.remove(migration);
    }

    /** Closes what is still open (unsaved edits go to the autosave) and stops the autosave thread. */
    @Deactivate
    public void shutdown() {
        for (OpenProject project : List.copyOf(open)) {
            project.close();
        }
        autosaveThread.shutdown();
    }

    @Override
    public OpenProject create(Path directory, String name, IProgressMonitor monitor) throws ProjectException {
        SubMonitor progress = SubMonitor.convert(monitor, "Creating project " + name, 2);
        ProjectLayout layout = new ProjectLayout(directory);
        checkEmpty(layout);
        ProjectLock lock = ProjectLock.acquire(layout);
        try {
            AdapterFactoryEditingDomain domain = domains.create();
            Resource resource = domain.getResourceSet().createResource(fileUri(layout.model()));
            Project project = new DialecticaFactoryWithIds(System.getProperty("user.name")).createProject();
            project.setName(name);
            resource.getContents().add(project);
            try {
                writer.write(layout.model(), serializer.toBytes(resource));
                Files.createDirectories(layout.sources());
                GitIgnore.writeIfMissing(layout, writer);
            } catch (IOException problem) {
                throw new ProjectException(Reason.IO, layout.directory(),
                        "Cannot create project " + name + " in " + layout.directory() + ": " + problem.getMessage(), problem);
            }
            progress.worked(2);
            return opened(layout, lock, domain, resource);
        } catch (ProjectException | RuntimeException failed) {
            lock.close();
            throw failed;
        }
    }

    private static void checkEmpty(ProjectLayout layout) throws ProjectException {
        Path directory = layout.directory();
        if (!Files.exists(directory)) {
            return;
        }
        if (!Files.isDirectory(directory)) {
            throw new ProjectException(Reason.IO, directory, "Cannot create a project at " + directory + ": it is a file.");
        }
        try (Stream<Path> entries = Files.list(directory)) {
            if (entries.findAny().isPresent()) {
                throw new ProjectException(Reason.IO, directory, "Cannot create a project in " + directory
                        + ": the folder is not empty. Choose a new or empty folder.");
            }
        } catch (IOException problem) {
            throw new ProjectException(Reason.IO, directory, "Cannot read " + directory + ": " + problem.getMessage(), problem);
        }
    }

    @Override
    public OpenProject open(Path directory, IProgressMonitor monitor) throws ProjectException {
        ProjectLayout layout = new ProjectLayout(directory);
        SubMonitor progress = SubMonitor.convert(monitor, "Opening " + layout.displayName(), 2);
        if (!Files.isRegularFile(layout.model())) {
            throw notAProject(layout);
        }
        ProjectLock lock = ProjectLock.acquire(layout);
        try {
            AdapterFactoryEditingDomain domain = domains.create();
            Resource resource = domain.getResourceSet().createResource(fileUri(layout.model()));
            loader.load(resource, layout.model(), layout.backup());
            progress.worked(1);
            try {
                GitIgnore.writeIfMissing(layout, writer);
            } catch (IOException problem) {
                // Opening must not fail over a convenience file; the user can add it by hand.
                LOG.log(Level.WARNING, "Cannot write " + layout.gitignore() + ": " + problem, problem);
            }
            progress.worked(1);
            return opened(layout, lock, domain, resource);
        } catch (ProjectException | RuntimeException failed) {
            lock.close();
            throw failed;
        }
    }

    private OpenProject opened(ProjectLayout layout, ProjectLock lock, AdapterFactoryEditingDomain domain, Resource resource) {
        OpenProjectImpl project = new OpenProjectImpl(this, layout, lock, domain, resource, writer, serializer,
                (model, stack, dirty, target) -> new Autosaver(model, stack, dirty, target, writer, serializer,
                        autosaveThread, autosavePolicy));
        open.add(project);
        project.setAutosavePolicy(autosavePolicy); // in case the policy changed while the project was being opened
        fire(listener -> listener.projectOpened(project));
        return project;
    }

    @Override
    public Project readOnly(Path directory) throws ProjectException {
        ProjectLayout layout = new ProjectLayout(directory);
        if (!Files.isRegularFile(layout.model())) {
            throw notAProject(layout);
        }
        Resource resource = DialecticaResources.configure(new ResourceSetImpl()).createResource(fileUri(layout.model()));
        return loader.load(resource, layout.model(), layout.backup());
    }

    private static ProjectException notAProject(ProjectLayout layout) {
        return new ProjectException(Reason.NOT_A_PROJECT, layout.directory(), layout.directory()
                + " is not a Dialectica project: it has no " + layout.model().getFileName() + ".");
    }

    @Override
    public List<OpenProject> openProjects() {
        return List.copyOf(new ArrayList<>(open));
    }

    @Override
    public AutosavePolicy autosavePolicy() {
        return autosavePolicy;
    }

    @Override
    public void setAutosavePolicy(AutosavePolicy policy) {
        autosavePolicy = Objects.requireNonNull(policy, "policy");
        for (OpenProject project : open) {
            ((OpenProjectImpl) project).setAutosavePolicy(policy);
        }
    }

    @Override
    public void addProjectListener(ProjectListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeProjectListener(ProjectListener listener) {
        listeners.remove(listener);
    }

    void fireSaved(OpenProject project) {
        fire(listener -> listener.projectSaved(project));
    }

    void closed(OpenProject project) {
        open.remove(project);
        fire(listener -> listener.projectClosed(project));
    }

    private void fire(Consumer<ProjectListener> event) {
        for (ProjectListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException failed) {
                // One broken listener must not keep the others from hearing, nor undo the save.
                LOG.log(Level.ERROR, "A project listener failed: " + failed, failed);
            }
        }
    }

    private static URI fileUri(Path file) {
        return URI.createFileURI(file.toString());
    }
}
