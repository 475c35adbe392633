package org.dialectica.ui.tests;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.dialectica.core.project.OpenProject;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Display;

/**
 * A small driver over the running workbench for UI tests (SWTBot is not on Maven Central): waits for
 * asynchronous work while keeping the UI thread dispatching, and finds parts and their implementations.
 */
final class WorkbenchRobot {

    private static final long DEFAULT_TIMEOUT_MS = 30_000;

    private final MApplication application;
    private final Display display;

    WorkbenchRobot(MApplication application, Display display) {
        this.application = application;
        this.display = display;
    }

    MApplication application() {
        return application;
    }

    Display display() {
        return display;
    }

    /**
     * Dispatches UI events until {@code condition} holds; fails the test after a generous timeout.
     *
     * <p>Between two checks every pending event is dispatched, {@code asyncExec} runnables included. SWT runs
     * those only when no other event is pending, so a condition that itself causes events (expanding a tree
     * item does) would otherwise starve them: the Outline's refresh after a command, posted with
     * {@code asyncExec}, never ran while a test waited for its result.
     */
    void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + DEFAULT_TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            if (!dispatchAll()) {
                display.timerExec(20, () -> {
                    // wakes the sleeping UI thread so the condition is checked again
                });
                display.sleep();
            }
        }
    }

    /** Processes all pending UI events. */
    void settle() {
        dispatchAll();
    }

    /** @return whether there was anything to dispatch */
    private boolean dispatchAll() {
        boolean any = false;
        while (display.readAndDispatch()) {
            any = true;
        }
        return any;
    }

    OpenProject waitForProject() {
        waitUntil("a project is open", () -> application.getContext().get(OpenProject.class) != null);
        return application.getContext().get(OpenProject.class);
    }

    EModelService models() {
        return application.getContext().get(EModelService.class);
    }

    /** The part with this id (placeholders in perspectives share their part's id, so look for parts). */
    MPart part(String id) {
        return application.getContext().get(EPartService.class).findPart(id);
    }

    List<MPart> partsWithId(String id) {
        return models().findElements(application, id, MPart.class);
    }

    <T> T implementation(String id, Class<T> type) {
        return type.cast(part(id).getObject());
    }
}
