package org.dialectica.ui.importing;

import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Named;

import org.dialectica.core.project.OpenProject;
import org.dialectica.importer.ImportService;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

/** File &gt; Import Folder…: imports every non-hidden file of a folder and its sub-folders. */
public class ImportFolderHandler {

    @CanExecute
    public boolean canExecute(@Optional OpenProject project, @Optional @Service ImportService service) {
        return project != null && service != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, OpenProject project,
            @Service ImportService service, MApplication application, EModelService models, EPartService parts) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Import Folder");
        dialog.setMessage("Every file in the folder and its sub-folders is imported (hidden files are skipped).");
        String folder = dialog.open();
        if (folder != null) {
            ImportFilesHandler.importPaths(List.of(Path.of(folder)), shell, project, service, application, models,
                    parts);
        }
    }
}
