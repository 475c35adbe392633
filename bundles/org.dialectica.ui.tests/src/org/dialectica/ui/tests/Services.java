package org.dialectica.ui.tests;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** OSGi services and the main window, as the handlers receive them from the workbench. */
final class Services {

    private Services() {
    }

    static <T> T get(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceReference<T> reference = context.getServiceReference(type);
        if (reference == null) {
            throw new AssertionError("no " + type.getSimpleName() + " service");
        }
        return context.getService(reference);
    }

    static Shell mainShell(WorkbenchRobot robot) {
        MWindow window = robot.application().getChildren().get(0);
        return (Shell) window.getWidget();
    }
}
