package org.dialectica.ui.progress;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * A non-modal progress window with a Cancel button for work that runs in a {@link org.eclipse.core.runtime.jobs.Job}.
 * The workbench is a pure e4 application without the IDE's progress view, so a user job would otherwise run
 * invisibly. The job passes its own monitor through {@link #forward(IProgressMonitor)}: progress is mirrored to
 * this window on the UI thread, and Cancel here cancels the job's monitor.
 */
public class JobProgressDialog extends ProgressMonitorDialog {

    private final String title;
    private volatile boolean cancelled;

    public JobProgressDialog(Shell parent, String title) {
        super(parent);
        this.title = title;
        setBlockOnOpen(false);
        setCancelable(true);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected void cancelPressed() {
        cancelled = true;
        super.cancelPressed();
    }

    /** Closes the window from any thread, once the job has ended. */
    public void closeLater() {
        Display display = getParentShell() == null ? Display.getDefault() : getParentShell().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (getShell() != null && !getShell().isDisposed()) {
                    close();
                }
            });
        }
    }

    /**
     * Wraps the job's monitor: calls go to the job's monitor as before and, on the UI thread, to this
     * window; {@code isCanceled()} is also true once Cancel was pressed here.
     */
    public IProgressMonitor forward(IProgressMonitor jobMonitor) {
        Display display = getParentShell() == null ? Display.getDefault() : getParentShell().getDisplay();
        return new ProgressMonitorWrapper(jobMonitor) {
            @Override
            public void beginTask(String name, int totalWork) {
                super.beginTask(name, totalWork);
                ui(display, m -> m.beginTask(name, totalWork));
            }

            @Override
            public void setTaskName(String name) {
                super.setTaskName(name);
                ui(display, m -> m.setTaskName(name));
            }

            @Override
            public void subTask(String name) {
                super.subTask(name);
                ui(display, m -> m.subTask(name));
            }

            @Override
            public void internalWorked(double work) {
                super.internalWorked(work);
                ui(display, m -> m.internalWorked(work));
            }

            @Override
            public void worked(int work) {
                internalWorked(work);
            }

            @Override
            public boolean isCanceled() {
                return cancelled || super.isCanceled();
            }

            @Override
            public void setCanceled(boolean value) {
                super.setCanceled(value);
                cancelled = value;
            }
        };
    }

    private void ui(Display display, java.util.function.Consumer<IProgressMonitor> update) {
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (getShell() != null && !getShell().isDisposed()) {
                update.accept(getProgressMonitor());
            }
        });
    }
}
