package org.dialectica.ui.importing;

import java.nio.file.Path;
import java.util.Arrays;
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
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** File &gt; Import Files…: choose one or more files and import them in the background. */
public class ImportFilesHandler {

    /** Extensions the Tika importer is tested with (docs/importing.md); "All files" tries anything. */
    static final String[] FILTER_EXTENSIONS = {
            "*.pdf;*.docx;*.doc;*.odt;*.rtf;*.html;*.htm;*.xhtml;*.epub;*.txt;*.text;*.md;*.markdown", "*" };
    static final String[] FILTER_NAMES = { "Documents (PDF, Word, ODT, RTF, HTML, EPUB, text, Markdown)",
            "All files" };

    @CanExecute
    public boolean canExecute(@Optional OpenProject project, @Optional @Service ImportService service) {
        return project != null && service != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, OpenProject project,
            @Service ImportService service, MApplication application, EModelService models, EPartService parts) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText("Import Files");
        dialog.setFilterExtensions(FILTER_EXTENSIONS);
        dialog.setFilterNames(FILTER_NAMES);
        if (dialog.open() == null) {
            return;
        }
        List<Path> files = Arrays.stream(dialog.getFileNames())
                .map(name -> Path.of(dialog.getFilterPath(), name)).toList();
        importPaths(files, shell, project, service, application, models, parts);
    }

    /** The import itself, without the file dialog (which cannot be driven in tests). */
    public static SourceImportJob importPaths(List<Path> paths, Shell shell, OpenProject project,
            ImportService service, MApplication application, EModelService models, EPartService parts) {
        return ImportHandlerSupport.sourceImports(project, service, shell, application, models, parts).start(paths);
    }
}
