package org.dialectica.ui.interchange;

import java.io.IOException;
import java.nio.file.Path;

import org.dialectica.interchange.ImportedArguments;
import org.dialectica.interchange.InterchangeException;
import org.dialectica.interchange.InterchangeService;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Reads and checks an argument file (AIF JSON, Argdown, or any reader of the registry) in the background.
 * Only reading happens here: the project is changed afterwards, on the UI thread, by one command.
 */
public final class ArgumentsLoadJob extends Job {

    private final InterchangeService service;
    private final Path file;
    private volatile ImportedArguments imported;
    private volatile InterchangeException problem;

    public ArgumentsLoadJob(InterchangeService service, Path file) {
        super("Reading " + file.getFileName());
        this.service = service;
        this.file = file;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            imported = service.read(file);
            return Status.OK_STATUS;
        } catch (InterchangeException e) {
            problem = e;
            return Status.error(e.getMessage(), e);
        } catch (IOException e) {
            problem = new InterchangeException(file.getFileName().toString(), "cannot read the file: " + e.getMessage(), e);
            return Status.error(problem.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The file's arguments, detached; {@code null} unless reading succeeded. */
    public ImportedArguments imported() {
        return imported;
    }

    /** Why the file was refused (with line and column where known); {@code null} unless it was. */
    public InterchangeException problem() {
        return problem;
    }
}
