package org.dialectica.ui.session;

import org.dialectica.core.project.OpenProject;
import org.eclipse.emf.common.command.CommandStackListener;

/**
 * One listener on the command stack of the project a part shows, so that the part hears every model change
 * (commands, undo, redo): moved to the new project's stack when the part is given another project, removed when
 * the part goes. Parts call {@link #follow} from their project injection and {@link #stop} from
 * {@code @PreDestroy}.
 */
public final class ModelChangeListener {

    private final CommandStackListener listener;
    private OpenProject project;

    public ModelChangeListener(CommandStackListener listener) {
        this.listener = listener;
    }

    /** Listens to this project's command stack from now on; {@code null} for none. */
    public void follow(OpenProject newProject) {
        if (project != null) {
            project.editingDomain().getCommandStack().removeCommandStackListener(listener);
        }
        project = newProject;
        if (newProject != null) {
            newProject.editingDomain().getCommandStack().addCommandStackListener(listener);
        }
    }

    public void stop() {
        follow(null);
    }
}
