package org.dialectica.ui.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.dialectica.core.project.OpenProject;
import org.dialectica.importer.ImportOptions;
import org.dialectica.importer.ImportReport;
import org.dialectica.importer.ImportService;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Runs one batch of {@link ImportService#importPaths} off the UI thread. The service adds all new sources in
 * one command on the project's command stack when the batch ends (also when cancelled), so Edit &gt; Undo
 * removes the batch; the parts listen to the stack and refresh.
 */
public final class SourceImportJob extends Job {

    /** Job family, so that tests and shutdown can find running imports. */
    public static final Object FAMILY = SourceImportJob.class;

    private final OpenProject project;
    private final ImportService service;
    private final List<Path> paths;
    private final ImportOptions options;
    private final UnaryOperator<IProgressMonitor> monitorView;
    private volatile ImportReport report;

    /**
     * @param monitorView wraps the job's monitor, e.g. to mirror it in a progress window; identity for none
     */
    public SourceImportJob(OpenProject project, ImportService service, List<Path> paths, ImportOptions options,
            UnaryOperator<IProgressMonitor> monitorView) {
        super(name(paths));
        this.project = project;
        this.service = service;
        this.paths = List.copyOf(paths);
        this.options = options;
        this.monitorView = monitorView;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            report = service.importPaths(project, paths, options, monitorView.apply(monitor));
        } catch (RuntimeException e) {
            return Status.error("The import stopped: " + e.getMessage(), e);
        }
        return report.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** What happened to each file; {@code null} until the job has run (or if it failed outright). */
    public ImportReport report() {
        return report;
    }

    private static String name(List<Path> paths) {
        if (paths.size() == 1 && paths.get(0).getFileName() != null) {
            return "Importing " + paths.get(0).getFileName();
        }
        return "Importing " + paths.size() + " files and folders";
    }
}
