package org.dialectica.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dialectica.ui.session.UiStallWatchdog;
import org.junit.jupiter.api.Test;

/**
 * The UI watchdog does not report the wait in a native folder chooser, whose own loop keeps it responsive, as a
 * stall; it still reports a UI thread busy in GTK or in our code. The stacks are those the watchdog logged.
 */
class UiStallWatchdogTest {

    private static StackTraceElement frame(String type, String method) {
        return new StackTraceElement(type, method, null, -1);
    }

    @Test
    void aNativeChooserIsNoStall() {
        assertTrue(UiStallWatchdog.waitsInNativeDialog(new StackTraceElement[] {
                frame("org.eclipse.swt.internal.gtk3.GTK3", "gtk_native_dialog_run"),
                frame("org.eclipse.swt.widgets.DirectoryDialog", "openNativeChooserDialog"),
                frame("org.eclipse.swt.widgets.DirectoryDialog", "open"),
                frame("org.dialectica.ui.importing.ImportFolderHandler", "execute") }));
    }

    @Test
    void workOnTheUiThreadIsAStall() {
        assertFalse(UiStallWatchdog.waitsInNativeDialog(new StackTraceElement[] {
                frame("org.eclipse.swt.internal.gtk3.GTK3", "gtk_main_iteration_do"),
                frame("org.eclipse.swt.widgets.Display", "readAndDispatch") }));
        assertFalse(UiStallWatchdog.waitsInNativeDialog(new StackTraceElement[] {
                frame("org.dialectica.core.queries.ArgumentQueries", "argumentsFor"),
                frame("org.dialectica.ui.outline.OutlineContentProvider", "getChildren"),
                frame("org.eclipse.jface.viewers.AbstractTreeViewer", "createChildren"),
                frame("org.eclipse.swt.internal.gtk3.GTK3", "gtk_native_dialog_run") }),
                "a dialog further down the stack does not excuse work done on top of it");
    }
}
