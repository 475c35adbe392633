package org.dialectica.ui.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

/** Finds and answers the workbench's dialogs by their title, as a user would see them. */
final class Dialogs {

    private Dialogs() {
    }

    static Shell waitForShell(WorkbenchRobot robot, String title) {
        AtomicReference<Shell> found = new AtomicReference<>();
        robot.waitUntil("a window titled \"" + title + "\"", () -> {
            found.set(find(robot.display(), title));
            return found.get() != null;
        });
        return found.get();
    }

    static Shell find(Display display, String title) {
        return Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && title.equals(s.getText()))
                .findFirst().orElse(null);
    }

    /**
     * Presses {@code button} in the modal dialog titled {@code title} as soon as it opens (modal dialogs run
     * their own event loop, so the answer has to be queued before the dialog is opened). The texts of the
     * dialog's labels end up in {@code seen}.
     */
    static void answerWhenOpen(Display display, String title, String button, List<String> seen) {
        display.timerExec(50, new Runnable() {
            @Override
            public void run() {
                Shell shell = find(display, title);
                if (shell == null) {
                    display.timerExec(50, this);
                    return;
                }
                for (Control control : all(shell)) {
                    if (control instanceof Label label) {
                        seen.add(label.getText());
                    }
                }
                for (Control control : all(shell)) {
                    if (control instanceof Button b && b.getText().replace("&", "").equals(button)) {
                        b.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                        return;
                    }
                }
                throw new AssertionError("no button " + button + " in " + title);
            }
        });
    }

    /**
     * Runs {@code action} on the dialog titled {@code title} as soon as it opens, inside the dialog's own event
     * loop (modal dialogs block whoever opened them). A failure closes the dialog and lands in {@code failure},
     * for the test to rethrow once the dialog is gone.
     */
    static void whenOpen(Display display, String title, java.util.function.Consumer<Shell> action,
            AtomicReference<Throwable> failure) {
        display.timerExec(50, new Runnable() {
            @Override
            public void run() {
                Shell shell = find(display, title);
                if (shell == null) {
                    display.timerExec(50, this);
                    return;
                }
                try {
                    action.accept(shell);
                } catch (Throwable t) {
                    failure.set(t);
                    shell.close();
                }
            }
        });
    }

    /** Presses the button labelled {@code text} (mnemonics ignored) in {@code shell}. */
    static void press(Shell shell, String text) {
        Button button = all(shell).stream().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getText().replace("&", "").equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text + " in " + shell.getText()));
        button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** The control of {@code type} that follows the label {@code text} (mnemonics ignored) in its composite. */
    static <T extends Control> T after(Shell shell, String text, Class<T> type) {
        for (Control control : all(shell)) {
            if (control instanceof Label label && label.getText().replace("&", "").equals(text)) {
                Control[] siblings = label.getParent().getChildren();
                for (int i = java.util.Arrays.asList(siblings).indexOf(label) + 1; i < siblings.length; i++) {
                    if (type.isInstance(siblings[i])) {
                        return type.cast(siblings[i]);
                    }
                }
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " after \"" + text + "\" in " + shell.getText());
    }

    static String labels(Shell shell) {
        StringBuilder text = new StringBuilder();
        for (Control control : all(shell)) {
            if (control instanceof Label label) {
                text.append(label.getText()).append('\n');
            }
        }
        return text.toString();
    }

    static Table table(Shell shell) {
        return all(shell).stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no table in " + shell.getText()));
    }

    static List<Control> all(Composite parent) {
        List<Control> controls = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            controls.add(child);
            if (child instanceof Composite composite) {
                controls.addAll(all(composite));
            }
        }
        return controls;
    }

    static void closeAll(Display display, String title) {
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && title.equals(shell.getText())) {
                shell.close();
            }
        }
    }
}
