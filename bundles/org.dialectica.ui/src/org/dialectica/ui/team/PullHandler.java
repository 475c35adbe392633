package org.dialectica.ui.team;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.dialectica.core.project.OpenProject;
import org.dialectica.team.PullResult;
import org.dialectica.team.TeamException;
import org.dialectica.team.TeamService;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

/**
 * Team &gt; Pull: takes in the remote's commits, in a job. The open project is reloaded by the session when
 * the pull changed its files ({@link org.dialectica.ui.session.ProjectSessionAddon} listens to the team
 * service); merge conflicts are then listed element by element in a {@link MergeConflictsDialog}.
 */
public class PullHandler {

    public static final String TITLE = "Pull";

    @CanExecute
    public boolean canExecute(@Optional OpenProject project, @Optional @Service TeamService team) {
        return project != null && team != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, OpenProject project,
            @Service TeamService team) {
        if (project.isDirty()) {
            // The pull rewrites the files under the model in memory: unsaved edits would be lost in the reload.
            TeamReports.error(shell, TITLE, "The project has unsaved changes. Commit them first (Team > Commit… "
                    + "saves and commits), then pull.");
            return;
        }
        pull(shell, project.directory(), team);
    }

    /** Pulls in a job; reports the outcome in a dialog titled {@link #TITLE} or the conflicts dialog. */
    public static Job pull(Shell shell, Path dir, TeamService team) {
        Job job = Job.create("Pulling into " + dir.getFileName(), monitor -> {
            try {
                if (!team.isShared(dir)) {
                    TeamReports.error(shell, TITLE, "This project is not shared yet: there is nowhere to pull from.");
                    return Status.OK_STATUS;
                }
                PullResult result = team.pull(dir, null);
                report(shell, result);
                return Status.OK_STATUS;
            } catch (TeamException e) {
                TeamReports.error(shell, TITLE, e.getMessage());
                return Status.error(e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void report(Shell shell, PullResult result) {
        if (result.hasConflicts() || !result.problems().isEmpty()) {
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    new MergeConflictsDialog(shell, result).open();
                }
            });
            return;
        }
        TeamReports.info(shell, TITLE, switch (result.outcome()) {
            case UP_TO_DATE -> "Already up to date: the remote has nothing new.";
            case FAST_FORWARD -> "Pulled the remote's changes; the project was reloaded.";
            case MERGED -> "Merged the remote's changes with yours, without conflicts; the project was reloaded. "
                    + "Push to share the merge.";
        });
    }
}
