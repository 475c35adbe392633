package org.dialectica.ui.handlers;

import jakarta.inject.Named;

import org.dialectica.core.project.OpenProject;
import org.dialectica.ui.session.UnsavedWorkGuard;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;

/** File &gt; Exit: asks about unsaved work, then closes the workbench, which saves its layout on the way out. */
public class ExitHandler {

    @Execute
    public void execute(IWorkbench workbench, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Optional OpenProject project) {
        if (UnsavedWorkGuard.confirmClose(shell, project)) {
            workbench.close();
        }
    }
}
