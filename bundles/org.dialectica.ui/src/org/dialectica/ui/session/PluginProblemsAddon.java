package org.dialectica.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.dialectica.core.plugins.ContributionProblem;
import org.dialectica.core.plugins.FailedComponents;
import org.dialectica.core.plugins.UnresolvedPlugins;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.EventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.Event;

/**
 * Says at start which installed plugins OSGi could not resolve (a missing dependency) and which components failed to
 * activate so far (an {@code @Activate} that threw): Equinox and the component runtime only log these, and the
 * views, importers and filters are simply absent. Logged, and shown in a dialog that does not block.
 * Plugins whose contributions fail later are disabled and logged where they are called (importer, index).
 */
public class PluginProblemsAddon {

    @Inject
    private MApplication application;

    @Inject
    @Optional
    void applicationStarted(@EventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        BundleContext context = FrameworkUtil.getBundle(PluginProblemsAddon.class).getBundleContext();
        List<ContributionProblem> problems = new ArrayList<>(UnresolvedPlugins.find(context));
        problems.addAll(FailedComponents.find(context));
        if (problems.isEmpty()) {
            return;
        }
        ILog log = Platform.getLog(PluginProblemsAddon.class);
        problems.forEach(problem -> log.warn("Plugin " + problem.bundle() + ": " + problem.message()));
        Shell shell = application.getChildren().stream().map(MWindow::getWidget)
                .filter(Shell.class::isInstance).map(Shell.class::cast).findFirst().orElse(null);
        if (shell == null || shell.isDisposed()) {
            return;
        }
        String text = problems.stream().map(p -> "• " + p.bundle() + ": " + p.message())
                .collect(Collectors.joining("\n\n"));
        MessageDialog dialog = new MessageDialog(shell, "Plugins not started", null,
                "Dialectica is running without these plugins or parts of them:\n\n" + text
                        + "\n\nInstall what they require, or remove them with ./dialectica uninstall <name>.",
                MessageDialog.WARNING, 0, "OK") {
            {
                setShellStyle((getShellStyle() & ~SWT.APPLICATION_MODAL) | SWT.MODELESS);
                setBlockOnOpen(false);
            }
        };
        shell.getDisplay().asyncExec(dialog::open);
    }
}
