package org.dialectica.ui.team;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.dialectica.core.project.OpenProject;
import org.dialectica.team.TeamException;
import org.dialectica.team.TeamService;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

/** Team &gt; Push: sends the committed work to the remote {@code origin}, in a job. */
public class PushHandler {

    public static final String TITLE = "Push";

    @CanExecute
    public boolean canExecute(@Optional OpenProject project, @Optional @Service TeamService team) {
        return project != null && team != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, OpenProject project,
            @Service TeamService team) {
        push(shell, project.directory(), team);
    }

    /** Pushes in a job; the outcome (or why not) is reported in a dialog titled {@link #TITLE}. */
    public static Job push(Shell shell, Path dir, TeamService team) {
        Job job = Job.create("Pushing " + dir.getFileName(), monitor -> {
            try {
                // Say what is missing in the user's words before git says it in its own.
                // (the user's situation, not a failure of the program: reported, not logged)
                if (!team.isShared(dir)) {
                    TeamReports.error(shell, TITLE, "This project is not shared yet, so there is nothing to push. "
                            + "Team > Commit… makes it a git repository.");
                    return Status.OK_STATUS;
                }
                if (team.status(dir).remote().isEmpty()) {
                    TeamReports.error(shell, TITLE, "This project has no remote repository to push to. Set one in "
                            + "the project folder with\n\n    git remote add " + TeamService.REMOTE + " <url>\n\n"
                            + "or work in a clone of the shared repository.");
                    return Status.OK_STATUS;
                }
                boolean pushed = team.push(dir);
                TeamReports.info(shell, TITLE, pushed ? "Pushed to " + TeamService.REMOTE + "."
                        : "Nothing to push: " + TeamService.REMOTE + " already has every commit.");
                return Status.OK_STATUS;
            } catch (TeamException e) {
                return failed(shell, e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static IStatus failed(Shell shell, String message, Exception e) {
        TeamReports.error(shell, TITLE, message);
        return Status.error(message, e);
    }
}
