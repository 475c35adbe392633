package org.dialectica.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.dialectica.team.CredentialsPrompt;
import org.dialectica.team.CredentialsPrompt.Credentials;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * While the workbench runs, a git operation in a job that needs credentials gets them from a dialog; the
 * password field hides what is typed, and Cancel gives none.
 */
class CredentialsDialogTest {

    private static final String TITLE = "Git credentials";

    @Test
    void aJobAsksTheWorkbenchForCredentialsThroughADialog() throws Exception {
        WorkbenchDriver.runWorkbench(robot -> {
            robot.waitForProject();
            CredentialsPrompt prompt = Services.get(CredentialsPrompt.class);

            // Modal dialogs run their own event loop: what the user does is queued before the dialog opens.
            List<String> seen = new CopyOnWriteArrayList<>();
            whenOpen(robot, dialog -> {
                seen.add(Dialogs.labels(dialog));
                List<Text> fields = Dialogs.all(dialog).stream().filter(Text.class::isInstance).map(Text.class::cast)
                        .filter(t -> (t.getStyle() & SWT.READ_ONLY) == 0).toList();
                seen.add("fields " + fields.size());
                Text password = fields.stream().filter(t -> (t.getStyle() & SWT.PASSWORD) != 0).findFirst()
                        .orElseThrow(() -> new AssertionError("the password field hides what is typed"));
                Text username = fields.stream().filter(t -> t != password).findFirst().orElseThrow();
                Button ok = button(dialog, "OK");
                seen.add("OK enabled before a user name: " + ok.isEnabled());
                username.setText("ada");
                password.setText("token-123");
                seen.add("OK enabled after: " + ok.isEnabled());
                ok.notifyListeners(SWT.Selection, new Event());
            });
            // Asked from another thread, as the team service does from a Team job.
            CompletableFuture<Optional<Credentials>> answer = CompletableFuture
                    .supplyAsync(() -> prompt.ask("https://git.example.org/team/project.git", false));
            robot.waitUntil("the answer", answer::isDone);
            assertEquals(Optional.of(new Credentials("ada", "token-123")), answer.getNow(null), seen::toString);
            assertTrue(seen.get(0).contains("User name"), seen::toString);
            assertEquals("fields 2", seen.get(1), "a user name and a password field");
            assertEquals("OK enabled before a user name: false", seen.get(2));
            assertEquals("OK enabled after: true", seen.get(3));

            whenOpen(robot, dialog -> button(dialog, "Cancel").notifyListeners(SWT.Selection, new Event()));
            CompletableFuture<Optional<Credentials>> cancelled = CompletableFuture
                    .supplyAsync(() -> prompt.ask("https://git.example.org/team/project.git", true));
            robot.waitUntil("the answer", cancelled::isDone);
            assertEquals(Optional.empty(), cancelled.getNow(null));
        });
    }

    /** Runs {@code action} on the credentials dialog as soon as it is open. */
    private static void whenOpen(WorkbenchRobot robot, Consumer<Shell> action) {
        robot.display().timerExec(50, new Runnable() {
            @Override
            public void run() {
                Shell shell = Dialogs.find(robot.display(), TITLE);
                if (shell == null || !shell.isVisible()) {
                    robot.display().timerExec(50, this);
                    return;
                }
                action.accept(shell);
            }
        });
    }

    private static Button button(Shell shell, String text) {
        for (Control control : Dialogs.all(shell)) {
            if (control instanceof Button b && b.getText().replace("&", "").equals(text)) {
                return b;
            }
        }
        throw new AssertionError("no button " + text + " in " + shell.getText());
    }
}
