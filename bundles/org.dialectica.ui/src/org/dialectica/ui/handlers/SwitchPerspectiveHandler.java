package org.dialectica.ui.handlers;

import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Switches between the Read and Analyse perspectives from the toolbar. */
public class SwitchPerspectiveHandler {

    public static final String PARAMETER = "org.dialectica.ui.perspectiveId";

    @Execute
    public void execute(@Named(PARAMETER) String perspectiveId, MApplication application, EModelService models,
            EPartService parts) {
        List<MPerspective> found = models.findElements(application, perspectiveId, MPerspective.class);
        if (!found.isEmpty()) {
            parts.switchPerspective(found.get(0));
        }
    }
}
