package org.dialectica.ui.session;

import java.util.Map;
import java.util.Optional;

import org.dialectica.core.project.OpenProject;
import org.dialectica.model.Element;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Remembers the last selected element, by id and with its project's folder, in the application model's
 * persisted state, which the workbench saves with its layout: after a restart the element is selected again
 * (see {@link ProjectSessionAddon}). Started without persisted state, the workbench forgets it with the layout.
 */
final class SelectionMemory {

    static final String PROJECT_KEY = "org.dialectica.ui.selection.project";
    static final String ELEMENT_KEY = "org.dialectica.ui.selection.element";

    private SelectionMemory() {
    }

    /** Remembers {@code element} if it belongs to {@code project}; nothing (a cleared selection) is not remembered. */
    static void remember(MApplication application, OpenProject project, Element element) {
        if (project == null || element == null || element.getId() == null
                || EcoreUtil.getRootContainer(element) != project.model()) {
            return;
        }
        Map<String, String> state = application.getPersistedState();
        String folder = folderOf(project);
        if (!folder.equals(state.get(PROJECT_KEY)) || !element.getId().equals(state.get(ELEMENT_KEY))) {
            state.put(PROJECT_KEY, folder);
            state.put(ELEMENT_KEY, element.getId());
        }
    }

    /** The id of the element last selected in {@code project}, if it was the last project anything was selected in. */
    static Optional<String> remembered(MApplication application, OpenProject project) {
        Map<String, String> state = application.getPersistedState();
        return folderOf(project).equals(state.get(PROJECT_KEY)) ? Optional.ofNullable(state.get(ELEMENT_KEY))
                : Optional.empty();
    }

    private static String folderOf(OpenProject project) {
        return project.directory().toAbsolutePath().normalize().toString();
    }
}
