package org.dialectica.ui.inspector;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dialectica.core.project.OpenProject;
import org.dialectica.model.Element;
import org.dialectica.ui.session.ActiveProject;
import org.dialectica.ui.session.ModelChangeListener;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Base of the parts that show the selected element and rebuild their controls when the selection or the model
 * changes (after any command, including undo and redo).
 */
abstract class SelectionFollowingPart {

    protected Composite body;
    protected OpenProject project;
    protected Element selected;
    private final ModelChangeListener modelChanged = new ModelChangeListener(event -> asyncRebuild());

    @Inject
    public void setProject(@Optional OpenProject project) {
        this.project = project;
        modelChanged.follow(project);
        rebuild();
    }

    @Inject
    public void setSelected(@Optional @Named(ActiveProject.SELECTED_ELEMENT) Element element) {
        this.selected = element;
        rebuild();
    }

    private void asyncRebuild() {
        if (body != null && !body.isDisposed()) {
            body.getDisplay().asyncExec(this::rebuild);
        }
    }

    protected final void rebuild() {
        if (body == null || body.isDisposed()) {
            return;
        }
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        fill();
        body.layout(true, true);
    }

    /** Creates the controls for the current project and selection in {@link #body}. */
    protected abstract void fill();

    protected AdapterFactory adapterFactory() {
        return project != null && project.editingDomain() instanceof AdapterFactoryEditingDomain d
                ? d.getAdapterFactory() : null;
    }

    @PreDestroy
    public void dispose() {
        modelChanged.stop();
    }
}
