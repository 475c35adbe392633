package org.dialectica.ui.interchange;

import jakarta.inject.Named;

import org.dialectica.core.project.OpenProject;
import org.dialectica.interchange.InterchangeService;
import org.dialectica.ui.progress.JobProgressDialog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** File &gt; Export…: choose format, scope and file, then write it in the background. */
public class ExportHandler {

    public static final String DONE_TITLE = "Export finished";
    public static final String FAILED_TITLE = "Export failed";

    @CanExecute
    public boolean canExecute(@Optional OpenProject project, @Optional @Service InterchangeService service) {
        return project != null && service != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, OpenProject project,
            @Service InterchangeService service) {
        ExportDialog dialog = new ExportDialog(shell, project.model(), project.directory(),
                service.registry().exporters());
        if (dialog.open() == Window.OK) {
            export(dialog.result(), shell, project, service);
        }
    }

    /** The export itself, without the dialog; the result is reported in a window that does not block. */
    public static ExportJob export(ExportRequest request, Shell shell, OpenProject project,
            InterchangeService service) {
        JobProgressDialog progress = new JobProgressDialog(shell, "Exporting");
        ExportJob job = new ExportJob(project, service, request);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                progress.closeLater();
                IStatus status = event.getResult();
                if (!shell.isDisposed() && status.getSeverity() != IStatus.CANCEL) {
                    shell.getDisplay().asyncExec(() -> report(shell, request, status));
                }
            }
        });
        progress.open();
        job.schedule();
        return job;
    }

    private static void report(Shell shell, ExportRequest request, IStatus status) {
        if (shell.isDisposed()) {
            return;
        }
        MessageDialog dialog = status.isOK()
                ? new MessageDialog(shell, DONE_TITLE, null, "Written to " + request.target() + ".",
                        MessageDialog.INFORMATION, 0, "OK")
                : new MessageDialog(shell, FAILED_TITLE, null, status.getMessage()
                        + "\n\nThe file was not changed.", MessageDialog.ERROR, 0, "OK");
        dialog.setBlockOnOpen(false);
        dialog.open();
    }
}
