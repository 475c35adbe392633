package org.dialectica.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.core.project.ProjectService;
import org.dialectica.model.Element;
import org.dialectica.sample.SampleProjects;
import org.dialectica.team.PullResult;
import org.dialectica.team.TeamListener;
import org.dialectica.team.TeamService;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.dialectica.ui.preferences.AutosavePreferences;
import org.dialectica.ui.reader.ReaderOpener;
import org.osgi.service.prefs.BackingStoreException;
import org.dialectica.core.project.RecoverableWork;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Keeps one project open for the workbench. At start it opens, in a background job, the project named on the
 * command line, else the last one used, else the sample project, and publishes it in the application context
 * (see {@link ActiveProject}), selecting again the element selected last time ({@link SelectionMemory}). After
 * a pull that changed the project's files it reloads the project. At shutdown it closes the project, which
 * releases its lock.
 */
public class ProjectSessionAddon {

    private static final String PLUGIN_ID = "org.dialectica.ui";

    @Inject
    private MApplication application;

    @Inject
    private UISynchronize sync;

    @Inject
    private EModelService models;

    @Inject
    private EPartService parts;

    @Inject
    @Service
    private ProjectService projectService;

    @Inject
    @Service
    private SampleProjects sampleProjects;

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    @Service
    private TeamService teamService;

    private final TeamListener reloadAfterPull = this::reloadAfterPull;

    /** Written on the UI thread, read by the team listener on a job's thread. */
    private volatile OpenProject current;

    @PostConstruct
    void start() {
        // The project service forgets the autosave setting when the process ends: the preference is its memory.
        AutosavePreferences.instance().applyTo(projectService);
        if (teamService != null) {
            teamService.addTeamListener(reloadAfterPull);
        }
        Job job = Job.create("Opening project", this::openStartProject);
        job.setUser(false);
        job.schedule();
    }

    private IStatus openStartProject(IProgressMonitor monitor) {
        Path dir = null;
        try {
            dir = startProjectDirectory();
            OpenProject project = projectService.open(dir, monitor);
            remember(dir);
            sync.asyncExec(() -> publish(project));
            return Status.OK_STATUS;
        } catch (ProjectException e) {
            return Status.error("Could not open the project " + (dir != null ? dir : "") + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            return Status.error("Could not open the project " + (dir != null ? dir : ""), e);
        }
    }

    /** Command line, else last used, else the sample (copied into the workspace on first start). */
    Path startProjectDirectory() throws ProjectException {
        Optional<Path> chosen = ProjectLocator.fromArguments(Arrays.asList(Platform.getApplicationArgs()))
                .or(() -> ProjectLocator.lastUsed(preferences().get(ActiveProject.LAST_PROJECT_PREFERENCE, null)));
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Path sample = workspaceDirectory().resolve(ActiveProject.SAMPLE_FOLDER);
        if (!Files.isDirectory(sample)) {
            try {
                sampleProjects.copyTo(sample);
            } catch (java.io.IOException e) {
                throw new ProjectException(ProjectException.Reason.IO, sample,
                        "The sample project could not be copied to " + sample + ": " + e.getMessage(), e);
            }
        }
        return sample;
    }

    /**
     * Shows the opened project in three UI events rather than one, so that the workbench stays responsive
     * while the parts fill (each step builds widgets and, in a fresh JVM, loads their classes): the parts
     * get the project, then the remembered selection comes back, then the first source opens and recovery
     * is offered.
     */
    private void publish(OpenProject project) {
        IEclipseContext context = application.getContext();
        current = project;
        context.set(OpenProject.class, project);
        sync.asyncExec(() -> {
            if (current != project) {
                return; // another project was opened meanwhile
            }
            SelectionMemory.remembered(application, project).ifPresent(id -> reselect(project, id));
            sync.asyncExec(() -> {
                if (current == project) {
                    openFirstSource(project);
                    project.recoverableWork().ifPresent(this::offerRecovery);
                }
            });
        });
    }

    private void openFirstSource(OpenProject project) {
        boolean readerOpen = models.findElements(application, ReaderOpener.DESCRIPTOR_ID, MPart.class).stream()
                .anyMatch(p -> p.isToBeRendered());
        if (!readerOpen && !project.model().getSources().isEmpty()) {
            // A first look at a project shows its first source, not an empty pane.
            ReaderOpener.open(project.model().getSources().get(0), application, models, parts);
        }
    }

    /** After a crash: the autosaved work is offered, never applied or thrown away silently. */
    private void offerRecovery(RecoverableWork work) {
        Shell shell = sync == null ? null : org.eclipse.swt.widgets.Display.getCurrent().getActiveShell();
        String when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault())
                .format(work.autosavedAt());
        boolean recover = MessageDialog.openQuestion(shell, "Recover unsaved work",
                "Dialectica found work on this project autosaved at " + when + " that was never saved (the program "
                        + "may have been closed abruptly).\n\nRecover it? You can undo the recovery with Edit > Undo.");
        try {
            if (recover) {
                work.recover();
            } else {
                work.discard();
            }
        } catch (ProjectException e) {
            MessageDialog.openError(shell, "Recover unsaved work", "The autosaved work could not be read: " + e.getMessage());
        }
    }

    private static Path workspaceDirectory() {
        try {
            return Path.of(Platform.getInstanceLocation().getURL().toURI());
        } catch (Exception e) {
            return Path.of(System.getProperty("user.home"), ".dialectica");
        }
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(PLUGIN_ID);
    }

    private static void remember(Path dir) {
        IEclipsePreferences preferences = preferences();
        preferences.put(ActiveProject.LAST_PROJECT_PREFERENCE, dir.toString());
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            Platform.getLog(ProjectSessionAddon.class).warn("Could not remember the last project", e);
        }
    }

    /**
     * A pull rewrote the files of the open project: the model in memory is stale. Closes it (parts get
     * {@code null}), reopens the folder through the project service and publishes the new project; parts
     * re-resolve what they show (a Reader its source, the selection its element) by id. Runs on the pulling
     * job's thread and returns once the new project is published, so whoever pulled reports afterwards.
     */
    private void reloadAfterPull(Path dir, PullResult result) {
        OpenProject stale = current;
        if (stale == null || !sameFolder(stale.directory(), dir)) {
            return;
        }
        AtomicBoolean closed = new AtomicBoolean();
        AtomicReference<String> selected = new AtomicReference<>();
        sync.syncExec(() -> {
            if (current != stale) {
                return; // another project was opened meanwhile: it is not stale
            }
            IEclipseContext context = application.getContext();
            String id = context.get(ActiveProject.SELECTED_ELEMENT) instanceof Element e ? e.getId() : null;
            context.remove(ActiveProject.SELECTED_ELEMENT);
            context.remove(OpenProject.class);
            current = null;
            stale.close();
            selected.set(id);
            closed.set(true);
        });
        if (!closed.get()) {
            return;
        }
        String selectedId = selected.get();
        try {
            OpenProject fresh = projectService.open(dir, null);
            sync.syncExec(() -> {
                publish(fresh);
                reselect(fresh, selectedId);
            });
        } catch (ProjectException e) {
            Platform.getLog(ProjectSessionAddon.class).error("Could not reopen " + dir + " after a pull", e);
            sync.asyncExec(() -> MessageDialog.openError(null, "Reload after pull",
                    "The pulled project could not be opened again: " + e.getMessage()
                            + "\n\nIts files are in the folder " + dir + "; nothing was lost."));
        }
    }

    /** Remembers the selected element, so that it is selected again after a restart. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void selectionChanged(@Named(ActiveProject.SELECTED_ELEMENT) Element element) {
        SelectionMemory.remember(application, current, element);
    }

    private void reselect(OpenProject project, String elementId) {
        if (elementId == null) {
            return;
        }
        project.model().eAllContents().forEachRemaining(object -> {
            if (object instanceof Element e && elementId.equals(e.getId())) {
                application.getContext().set(ActiveProject.SELECTED_ELEMENT, e);
            }
        });
    }

    private static boolean sameFolder(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    @PreDestroy
    void stop() {
        if (teamService != null) {
            teamService.removeTeamListener(reloadAfterPull);
        }
        if (current != null) {
            application.getContext().remove(OpenProject.class);
            current.close();
            current = null;
        }
    }
}
