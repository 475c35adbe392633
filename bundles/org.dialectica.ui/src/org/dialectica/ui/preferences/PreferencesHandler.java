package org.dialectica.ui.preferences;

import jakarta.inject.Named;

import org.dialectica.core.project.ProjectService;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

/** Window &gt; Preferences. */
public class PreferencesHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IThemeEngine themes,
            @Optional @Service ProjectService projects) {
        new PreferencesDialog(shell, themes, projects).open();
    }
}
