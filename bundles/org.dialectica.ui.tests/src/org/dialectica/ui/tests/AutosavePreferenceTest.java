package org.dialectica.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.dialectica.core.project.AutosavePolicy;
import org.dialectica.core.project.ProjectService;
import org.dialectica.ui.preferences.AutosavePreferences;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.junit.jupiter.api.Test;

/** Window &gt; Preferences sets the autosave: stored, applied to the project service at once and at each start. */
class AutosavePreferenceTest {

    private static final String CHECKBOX = "Autosave in the background";
    private static final String DELAY = "After";

    @Test
    void theAutosaveSettingRoundTripsAndReachesTheProjectService() throws Exception {
        ProjectService projects = Services.get(ProjectService.class);
        AutosavePreferences preferences = AutosavePreferences.instance();
        try {
            WorkbenchDriver.runWorkbench(robot -> {
                robot.waitForProject();
                assertEquals(AutosavePolicy.DEFAULT, projects.autosavePolicy(), "nothing stored: the default");
                inPreferences(robot, dialog -> {
                    assertTrue(checkbox(dialog).getSelection());
                    assertEquals(AutosavePreferences.DEFAULT_DELAY_SECONDS, delay(dialog).getSelection());
                    delay(dialog).setSelection(30);
                    Dialogs.press(dialog, "OK");
                });
                assertEquals(AutosavePolicy.after(Duration.ofSeconds(30)), projects.autosavePolicy(), "applied at once");
                assertEquals(30, preferences.delaySeconds(), "and stored");

                inPreferences(robot, dialog -> {
                    assertEquals(30, delay(dialog).getSelection(), "the dialog shows what was stored");
                    checkbox(dialog).setSelection(false);
                    checkbox(dialog).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                    assertFalse(delay(dialog).getEnabled(), "no delay to choose when autosave is off");
                    Dialogs.press(dialog, "OK");
                });
                assertFalse(projects.autosavePolicy().enabled(), "switched off at once");
            });

            projects.setAutosavePolicy(AutosavePolicy.DEFAULT); // what the service of a new process starts with
            WorkbenchDriver.runWorkbench(robot -> {
                robot.waitForProject();
                assertFalse(projects.autosavePolicy().enabled(), "the next start applies the stored setting");
                inPreferences(robot, dialog -> {
                    assertFalse(checkbox(dialog).getSelection());
                    assertEquals(30, delay(dialog).getSelection(), "the delay is kept while autosave is off");
                    Dialogs.press(dialog, "Cancel");
                });
                assertFalse(projects.autosavePolicy().enabled(), "Cancel changes nothing");
            });
        } finally {
            preferences.reset(projects);
        }
        assertEquals(AutosavePolicy.DEFAULT, projects.autosavePolicy());
        assertTrue(preferences.enabled());
    }

    /** Opens Window > Preferences through its command and runs {@code action} on the dialog. */
    private static void inPreferences(WorkbenchRobot robot, Consumer<Shell> action) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Dialogs.whenOpen(robot.display(), "Preferences", action, failure);
        AnnotationTest.execute(robot, "org.eclipse.ui.window.preferences");
        robot.waitUntil("the Preferences dialog has closed", () -> Dialogs.find(robot.display(), "Preferences") == null);
        if (failure.get() instanceof Error e) {
            throw e;
        } else if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }

    private static Button checkbox(Shell dialog) {
        return Dialogs.all(dialog).stream().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getText().replace("&", "").equals(CHECKBOX)).findFirst()
                .orElseThrow(() -> new AssertionError("no checkbox " + CHECKBOX));
    }

    private static Spinner delay(Shell dialog) {
        return Dialogs.after(dialog, DELAY, Spinner.class);
    }
}
