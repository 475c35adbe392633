package org.dialectica.ui.handlers;

import org.dialectica.core.project.OpenProject;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Edit &gt; Redo over the project's command stack. */
public class RedoHandler {

    @CanExecute
    public boolean canExecute(@Optional OpenProject project) {
        return project != null && project.editingDomain().getCommandStack().canRedo();
    }

    @Execute
    public void execute(OpenProject project) {
        project.editingDomain().getCommandStack().redo();
    }
}
