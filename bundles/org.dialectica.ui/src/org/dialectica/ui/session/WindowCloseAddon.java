package org.dialectica.ui.session;

import jakarta.inject.Inject;

import org.dialectica.core.project.OpenProject;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.EventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

/** Installs a close handler on the main window that asks about unsaved work before the window closes. */
public class WindowCloseAddon {

    @Inject
    private MApplication application;

    @Inject
    @Optional
    void applicationStarted(@EventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, EModelService models) {
        for (MWindow window : application.getChildren()) {
            IWindowCloseHandler handler = w -> UnsavedWorkGuard.confirmClose((Shell) w.getWidget(),
                    application.getContext().get(OpenProject.class));
            window.getContext().set(IWindowCloseHandler.class, handler);
        }
    }
}
