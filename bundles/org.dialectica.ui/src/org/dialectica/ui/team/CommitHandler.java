package org.dialectica.ui.team;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.inject.Named;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.team.TeamException;
import org.dialectica.team.TeamService;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * Team &gt; Commit…: asks for a message, saves the project if it has unsaved edits (a commit takes the files,
 * not the model in memory), then commits every change in a job. A project that is not shared yet becomes a git
 * repository first.
 */
public class CommitHandler {

    public static final String TITLE = "Commit";

    @CanExecute
    public boolean canExecute(@org.eclipse.e4.core.di.annotations.Optional OpenProject project,
            @org.eclipse.e4.core.di.annotations.Optional @Service TeamService team) {
        return project != null && team != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, OpenProject project,
            @Service TeamService team) {
        InputDialog dialog = new InputDialog(shell, TITLE + " " + project.model().getName(),
                "What changed, and why (the commit message):", "",
                text -> text.isBlank() ? "A commit needs a message." : null);
        if (dialog.open() == Window.OK) {
            commit(shell, project, team, dialog.getValue().strip());
        }
    }

    /** Saves if needed and commits in a job; the outcome is reported in a dialog titled {@link #TITLE}. */
    public static Job commit(Shell shell, OpenProject project, TeamService team, String message) {
        Path dir = project.directory();
        Job job = Job.create("Committing " + project.model().getName(), monitor -> {
            try {
                if (project.isDirty()) {
                    project.save(monitor);
                }
                if (!team.isShared(dir)) {
                    String first = team.init(dir, null);
                    TeamReports.info(shell, TITLE, "The project is now a git repository; its first commit ("
                            + TeamReports.shortId(first) + ") holds all of it.");
                    return Status.OK_STATUS;
                }
                Optional<String> commit = team.commit(dir, message, null);
                TeamReports.info(shell, TITLE, commit.map(id -> "Committed " + TeamReports.shortId(id) + ".")
                        .orElse("Nothing to commit: the project has no changes since the last commit."));
                return Status.OK_STATUS;
            } catch (ProjectException e) {
                return failed(shell, "The project could not be saved, so nothing was committed: " + e.getMessage(), e);
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
