package org.dialectica.ui.team;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.dialectica.team.CredentialsPrompt;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for the user name and password (access token) of a git remote when Team &gt; Pull or Push needs
 * them and none were found in the URL, the environment or {@code ~/.netrc}. The answer is kept for the
 * session only (in memory, by the team service), never written anywhere. Registered as a service by
 * {@link CredentialsPromptAddon} while the workbench runs; the command line never asks.
 */
public class CredentialsDialog implements CredentialsPrompt {

    private final Display display;

    public CredentialsDialog(Display display) {
        this.display = display;
    }

    @Override
    public Optional<Credentials> ask(String remoteUri, boolean retry) {
        if (display.isDisposed()) {
            return Optional.empty();
        }
        AtomicReference<Credentials> answer = new AtomicReference<>();
        display.syncExec(() -> {
            Dialog dialog = new Dialog(display.getActiveShell(), remoteUri, retry);
            if (dialog.open() == Window.OK) {
                answer.set(dialog.credentials);
            }
        });
        return Optional.ofNullable(answer.get());
    }

    private static final class Dialog extends TitleAreaDialog {

        private final String remoteUri;
        private final boolean retry;
        private Text username;
        private Text password;
        private Credentials credentials;

        Dialog(Shell parent, String remoteUri, boolean retry) {
            super(parent);
            this.remoteUri = remoteUri;
            this.retry = retry;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText("Git credentials");
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            setTitle("Sign in to " + remoteUri);
            setMessage(retry ? "The remote refused the user name or password given before. Try again."
                    : "The remote asks who you are. Most hosts want an access token as the password.");
            Composite fields = new Composite(area, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(fields);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
            new Label(fields, SWT.NONE).setText("&User name:");
            username = new Text(fields, SWT.BORDER | SWT.SINGLE);
            GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(username);
            new Label(fields, SWT.NONE).setText("&Password or token:");
            password = new Text(fields, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
            username.addModifyListener(e -> validate());
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            super.createButtonsForButtonBar(parent);
            validate();
        }

        private void validate() {
            if (getButton(IDialogConstants.OK_ID) != null) {
                getButton(IDialogConstants.OK_ID).setEnabled(!username.getText().isBlank());
            }
        }

        @Override
        protected void okPressed() {
            credentials = new Credentials(username.getText().strip(), password.getText());
            super.okPressed();
        }
    }
}
