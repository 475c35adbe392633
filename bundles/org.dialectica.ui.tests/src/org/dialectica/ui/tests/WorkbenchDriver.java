package org.dialectica.ui.tests;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;

/**
 * Starts the real Dialectica e4 workbench in the test's OSGi runtime, runs a check on the UI thread
 * once the window is rendered, and closes the workbench again. The check sees live SWT widgets and
 * the live application model; any failure in it is rethrown to the test.
 */
@SuppressWarnings("restriction")
final class WorkbenchDriver {

    private static final String APPLICATION_XMI = "org.dialectica.ui/Application.e4xmi";
    private static final String PRODUCT_ID = "org.dialectica.ui.product";

    private WorkbenchDriver() {
    }

    static void runWorkbench(Consumer<WorkbenchRobot> check) {
        runWorkbench(false, check);
    }

    /**
     * @param keepState whether the workbench layout is restored from, and saved to, the workspace (as a user's
     *                  workbench does); {@code false} starts from the application model as shipped
     */
    static void runWorkbench(boolean keepState, Consumer<WorkbenchRobot> check) {
        failOnLeftoverAutosave();
        Display display = Display.getDefault();
        E4Application application = new E4Application();
        E4Workbench workbench = application.createE4Workbench(new TestApplicationContext(keepState), display);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display.asyncExec(() -> {
            try {
                // Let pending layout and paint events settle before looking at the widgets.
                WorkbenchRobot robot = new WorkbenchRobot(workbench.getApplication(), display);
                robot.settle();
                check.accept(robot);
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                workbench.close();
            }
        });
        workbench.createAndRunUI(workbench.getApplication());
        if (keepState) {
            application.saveModel();
        }
        // As E4Application does at exit: disposing the context runs @PreDestroy of addons and parts.
        workbench.getContext().dispose();
        Throwable t = failure.get();
        if (t instanceof Error e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t != null) {
            throw new AssertionError(t);
        }
    }

    /**
     * A test that left unsaved work behind would make the next workbench ask about recovering it in a modal
     * dialog, which no test answers: fail here with the reason instead of hanging.
     */
    private static void failOnLeftoverAutosave() {
        try {
            java.nio.file.Path workspace = java.nio.file.Path.of(Platform.getInstanceLocation().getURL().toURI());
            java.nio.file.Path autosave = workspace.resolve(org.dialectica.ui.session.ActiveProject.SAMPLE_FOLDER)
                    .resolve(".dialectica/autosave/dialectica.xmi");
            if (java.nio.file.Files.exists(autosave)) {
                throw new AssertionError("an earlier test left unsaved work in " + autosave
                        + "; tests must save or undo their edits");
            }
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** Application arguments as the product launcher would pass them, minus persisted state. */
    private static final class TestApplicationContext implements IApplicationContext {

        private final boolean keepState;

        TestApplicationContext(boolean keepState) {
            this.keepState = keepState;
        }

        @Override
        public Map<String, Object> getArguments() {
            Map<String, Object> args = new HashMap<>();
            args.put(IApplicationContext.APPLICATION_ARGS, keepState
                    ? new String[] { "-applicationXMI", APPLICATION_XMI }
                    : new String[] { "-applicationXMI", APPLICATION_XMI, "-clearPersistedState", "-persistState", "false" });
            return args;
        }

        @Override
        public void applicationRunning() {
        }

        @Override
        public String getBrandingApplication() {
            return "org.eclipse.e4.ui.workbench.swt.E4Application";
        }

        @Override
        public String getBrandingName() {
            return "Dialectica";
        }

        @Override
        public String getBrandingDescription() {
            return "Dialectica workbench under test";
        }

        @Override
        public String getBrandingId() {
            return PRODUCT_ID;
        }

        /** The product's own branding properties (theme, application model), read from its plugin.xml. */
        @Override
        public String getBrandingProperty(String key) {
            for (IConfigurationElement product : Platform.getExtensionRegistry()
                    .getConfigurationElementsFor("org.eclipse.core.runtime.products")) {
                if (!PRODUCT_ID.equals(product.getDeclaringExtension().getUniqueIdentifier())) {
                    continue;
                }
                for (IConfigurationElement property : product.getChildren("property")) {
                    if (key.equals(property.getAttribute("name"))) {
                        return property.getAttribute("value");
                    }
                }
            }
            return null;
        }

        @Override
        public Bundle getBrandingBundle() {
            return Platform.getBundle("org.dialectica.ui");
        }

        @Override
        public void setResult(Object result, IApplication application) {
        }
    }
}
