package org.dialectica.model.edit.commands;

import java.util.Collection;

import org.dialectica.model.Project;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Where model objects live: commands only relate objects of one project. */
final class Models {

    private Models() {
    }

    /** The project that contains {@code object}, or {@code null} when it is not in one. */
    static Project projectOf(EObject object) {
        if (object == null) {
            return null;
        }
        return EcoreUtil.getRootContainer(object) instanceof Project project && project != object ? project : null;
    }

    /** True when {@code project} is not null and contains every one of {@code objects} (none null). */
    static boolean allIn(Project project, Collection<? extends EObject> objects) {
        if (project == null) {
            return false;
        }
        for (EObject object : objects) {
            if (object == null || projectOf(object) != project) {
                return false;
            }
        }
        return true;
    }
}
