package org.dialectica.ui.team;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Reports of the Team menu. They open without blocking: a report arrives after a background job, and the user
 * (or a test) keeps working while it is shown.
 */
final class TeamReports {

    private TeamReports() {
    }

    /** Shows {@code text} from any thread, once the UI thread is free; nothing when the window is gone. */
    static void show(Shell shell, String title, String text, int kind) {
        if (shell == null || shell.isDisposed()) {
            return;
        }
        shell.getDisplay().asyncExec(() -> {
            if (shell.isDisposed()) {
                return;
            }
            MessageDialog dialog = new MessageDialog(shell, title, null, text, kind, 0, "OK");
            dialog.setBlockOnOpen(false);
            dialog.open();
        });
    }

    static void info(Shell shell, String title, String text) {
        show(shell, title, text, MessageDialog.INFORMATION);
    }

    static void error(Shell shell, String title, String text) {
        show(shell, title, text, MessageDialog.ERROR);
    }

    /** The first characters of a commit id, as git shows them. */
    static String shortId(String commitId) {
        return commitId.length() > 7 ? commitId.substring(0, 7) : commitId;
    }
}
