package org.dialectica.ui.handlers;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** File &gt; Save: saves the project atomically in a background job, so the UI never waits for the disk. */
public class SaveHandler {

    @CanExecute
    public boolean canExecute(@Optional OpenProject project) {
        return project != null && project.isDirty();
    }

    @Execute
    public void execute(OpenProject project) {
        Job job = Job.create("Saving " + project.model().getName(), monitor -> {
            try {
                project.save(monitor);
                return Status.OK_STATUS;
            } catch (ProjectException e) {
                return Status.error("Could not save the project: " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
    }
}
