package org.dialectica.ui.importing;

import org.dialectica.core.project.OpenProject;
import org.dialectica.importer.ImportService;
import org.dialectica.ui.preferences.ImportPreferences;
import org.dialectica.ui.reader.ReaderOpener;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;

/** Builds {@link SourceImports} the way every workbench entry point uses it: preferences' limits, Reader. */
public final class ImportHandlerSupport {

    private ImportHandlerSupport() {
    }

    public static SourceImports sourceImports(OpenProject project, ImportService service, Shell shell,
            MApplication application, EModelService models, EPartService parts) {
        return new SourceImports(project, service, ImportPreferences.instance().options(), shell,
                source -> ReaderOpener.open(source, application, models, parts));
    }
}
