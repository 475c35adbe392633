package org.dialectica.ui.session;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Asks before unsaved work is left behind: Save, Don't Save, or Cancel. */
public final class UnsavedWorkGuard {

    private UnsavedWorkGuard() {
    }

    /** @return whether closing may go ahead */
    public static boolean confirmClose(Shell shell, OpenProject project) {
        if (project == null || !project.isDirty()) {
            return true;
        }
        MessageDialog dialog = new MessageDialog(shell, "Unsaved changes", null,
                "The project \"" + project.model().getName() + "\" has changes that are not saved. Save them before "
                        + "closing?\n\n(If you don't, they stay in the autosave and are offered for recovery next time.)",
                MessageDialog.QUESTION, new String[] { "Save", "Don't Save", "Cancel" }, 0);
        return switch (dialog.open()) {
            case 0 -> save(shell, project);
            case 1 -> true;
            default -> false;
        };
    }

    private static boolean save(Shell shell, OpenProject project) {
        try {
            // Saving must finish before the process exits, so this one save runs on the closing thread.
            project.save(new NullProgressMonitor());
            return true;
        } catch (ProjectException e) {
            MessageDialog.openError(shell, "Could not save", e.getMessage());
            return false;
        }
    }
}
