package org.dialectica.ui.handlers;

import org.dialectica.core.project.OpenProject;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Edit &gt; Undo over the project's one command stack: every edit, wherever it was made, undoes here. */
public class UndoHandler {

    @CanExecute
    public boolean canExecute(@Optional OpenProject project) {
        return project != null && project.editingDomain().getCommandStack().canUndo();
    }

    @Execute
    public void execute(OpenProject project) {
        project.editingDomain().getCommandStack().undo();
    }
}
