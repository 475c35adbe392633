package org.dialectica.ui.session;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectListener;
import org.dialectica.core.project.ProjectService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;

/**
 * Names the open project in the window title and marks unsaved work: "*Project – Dialectica" after an edit,
 * "Project – Dialectica" once saved (saves run in jobs, so the save is heard from the project service).
 */
public class WindowTitleAddon {

    static final String APPLICATION_NAME = "Dialectica";

    @Inject
    private MApplication application;

    @Inject
    private UISynchronize sync;

    @Inject
    @Service
    private ProjectService projects;

    private OpenProject project;
    private CommandStack stack;
    private final CommandStackListener edited = event -> sync.asyncExec(this::update);
    private final ProjectListener saved = new ProjectListener() {
        @Override
        public void projectSaved(OpenProject saved) {
            sync.asyncExec(WindowTitleAddon.this::update);
        }
    };
    private boolean listening;

    @Inject
    void setProject(@Optional OpenProject project) {
        if (stack != null) {
            stack.removeCommandStackListener(edited);
        }
        this.project = project;
        stack = project == null ? null : project.editingDomain().getCommandStack();
        if (stack != null) {
            stack.addCommandStackListener(edited);
        }
        if (!listening && projects != null) {
            projects.addProjectListener(saved);
            listening = true;
        }
        update();
    }

    private void update() {
        String title = titleOf(project);
        for (MWindow window : application.getChildren()) {
            window.setLabel(title);
        }
    }

    /** The window title for {@code project} (or none). */
    public static String titleOf(OpenProject project) {
        if (project == null) {
            return APPLICATION_NAME;
        }
        String name = project.model().getName() != null ? project.model().getName()
                : project.directory().getFileName().toString();
        return (project.isDirty() ? "*" : "") + name + " – " + APPLICATION_NAME;
    }

    @PreDestroy
    void dispose() {
        if (stack != null) {
            stack.removeCommandStackListener(edited);
        }
        if (listening) {
            projects.removeProjectListener(saved);
        }
    }
}
