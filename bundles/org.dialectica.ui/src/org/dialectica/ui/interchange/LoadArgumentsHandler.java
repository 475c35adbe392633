package org.dialectica.ui.interchange;

import java.nio.file.Path;
import java.util.stream.Collectors;

import jakarta.inject.Named;

import org.dialectica.core.project.OpenProject;
import org.dialectica.interchange.ArgumentReader;
import org.dialectica.interchange.ImportReport;
import org.dialectica.interchange.InterchangeException;
import org.dialectica.interchange.InterchangeService;
import org.dialectica.interchange.LoadArgumentsCommand;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * File &gt; Load Arguments…: reads an AIF JSON or Argdown file (or any format a plug-in reads) in the
 * background, adds its arguments in one command (one Edit &gt; Undo removes them all) and reports what was
 * loaded, skipped and doubtful; a refused file is reported with its line and column and changes nothing.
 */
public class LoadArgumentsHandler {

    public static final String LOADED_TITLE = "Arguments loaded";
    public static final String FAILED_TITLE = "Arguments not loaded";

    @CanExecute
    public boolean canExecute(@Optional OpenProject project, @Optional @Service InterchangeService service) {
        return project != null && service != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, OpenProject project,
            @Service InterchangeService service) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Load Arguments");
        String readable = service.registry().readers().stream().flatMap(r -> r.fileExtensions().stream())
                .map(e -> "*." + e).distinct().collect(Collectors.joining(";"));
        String names = service.registry().readers().stream().map(ArgumentReader::label)
                .collect(Collectors.joining(", "));
        dialog.setFilterExtensions(new String[] { readable, "*" });
        dialog.setFilterNames(new String[] { names, "All files" });
        String chosen = dialog.open();
        if (chosen != null) {
            load(Path.of(chosen), shell, project, service);
        }
    }

    /** Reads {@code file} in a job, then loads it on the UI thread and reports; without the file dialog. */
    public static ArgumentsLoadJob load(Path file, Shell shell, OpenProject project, InterchangeService service) {
        ArgumentsLoadJob job = new ArgumentsLoadJob(service, file);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (!shell.isDisposed()) {
                    shell.getDisplay().asyncExec(() -> apply(job, shell, project));
                }
            }
        });
        job.schedule();
        return job;
    }

    /** On the UI thread, where the model is edited: one command on the project's stack. */
    private static void apply(ArgumentsLoadJob job, Shell shell, OpenProject project) {
        if (shell.isDisposed()) {
            return;
        }
        InterchangeException problem = job.problem();
        if (problem == null) {
            try {
                LoadArgumentsCommand command = LoadArgumentsCommand.load(project.editingDomain(), project.model(),
                        job.imported());
                show(shell, LOADED_TITLE, loadedText(job.file(), command), MessageDialog.INFORMATION);
                return;
            } catch (InterchangeException e) {
                problem = e;
            }
        }
        show(shell, FAILED_TITLE, failedText(problem), MessageDialog.ERROR);
    }

    static String loadedText(Path file, LoadArgumentsCommand command) {
        ImportReport report = command.imported().report();
        StringBuilder text = new StringBuilder("Loaded from ").append(file.getFileName()).append(".\n\n")
                .append(report.summary());
        if (!command.reusedSchemes().isEmpty()) {
            text.append("\n\nUses the project's schemes: ").append(command.reusedSchemes().stream()
                    .map(s -> s.getLabel() != null ? s.getLabel() : s.getName()).collect(Collectors.joining(", ")));
        }
        return text.append("\n\nEdit > Undo removes everything loaded from the file.").toString();
    }

    static String failedText(InterchangeException problem) {
        StringBuilder text = new StringBuilder();
        if (problem.line().isPresent()) {
            text.append("Line ").append(problem.line().getAsInt());
            if (problem.column().isPresent()) {
                text.append(", column ").append(problem.column().getAsInt());
            }
            text.append(":\n");
        }
        return text.append(problem.getMessage()).append("\n\nNothing was added to the project.").toString();
    }

    private static void show(Shell shell, String title, String text, int kind) {
        MessageDialog dialog = new MessageDialog(shell, title, null, text, kind, 0, "OK");
        dialog.setBlockOnOpen(false);
        dialog.open();
    }
}
