package org.dialectica.ui.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.dialectica.core.project.OpenProject;
import org.dialectica.importer.ImportOptions;
import org.dialectica.importer.ImportReport;
import org.dialectica.importer.ImportService;
import org.dialectica.model.Source;
import org.dialectica.ui.progress.JobProgressDialog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The workbench side of importing sources, shared by File &gt; Import and drag-and-drop onto the Library:
 * runs a {@link SourceImportJob} with a progress window, then shows the per-file {@link ImportReportDialog}
 * and opens the first newly imported source.
 */
public final class SourceImports {

    private final OpenProject project;
    private final ImportService service;
    private final ImportOptions options;
    private final Shell shell;
    private final Consumer<Source> opener;

    /**
     * @param opener opens a source in the Reader (on the UI thread)
     */
    public SourceImports(OpenProject project, ImportService service, ImportOptions options, Shell shell,
            Consumer<Source> opener) {
        this.project = project;
        this.service = service;
        this.options = options;
        this.shell = shell;
        this.opener = opener;
    }

    /** Starts importing {@code paths} (files and folders) in the background; returns the scheduled job. */
    public SourceImportJob start(List<Path> paths) {
        JobProgressDialog progress = new JobProgressDialog(shell, "Importing sources");
        SourceImportJob job = new SourceImportJob(project, service, paths, options, progress::forward);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                progress.closeLater();
                if (!shell.isDisposed()) {
                    shell.getDisplay().asyncExec(() -> finished(job, event.getResult()));
                }
            }
        });
        progress.open();
        job.schedule();
        return job;
    }

    private void finished(SourceImportJob job, IStatus status) {
        if (shell.isDisposed()) {
            return;
        }
        ImportReport report = job.report();
        if (report == null) {
            MessageDialog.openError(shell, ImportReportDialog.TITLE, status.getMessage());
            return;
        }
        firstImported(report).ifPresent(opener);
        new ImportReportDialog(shell, report).open();
    }

    private Optional<Source> firstImported(ImportReport report) {
        return report.results().stream().filter(r -> r.status() == ImportReport.Status.IMPORTED)
                .map(ImportReport.FileResult::sourceId).findFirst()
                .flatMap(id -> project.model().getSources().stream().filter(s -> id.equals(s.getId())).findFirst());
    }
}
