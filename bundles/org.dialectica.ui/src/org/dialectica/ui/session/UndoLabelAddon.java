package org.dialectica.ui.session;

import jakarta.inject.Inject;

import org.dialectica.core.project.OpenProject;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;

/** Names the action in Edit &gt; Undo and Redo ("Undo Annotate claim"), as users expect from any editor. */
public class UndoLabelAddon {

    static final String UNDO_ITEM = "org.dialectica.ui.menuitem.undo";
    static final String REDO_ITEM = "org.dialectica.ui.menuitem.redo";

    @Inject
    private MApplication application;

    @Inject
    private EModelService models;

    @Inject
    private UISynchronize sync;

    private CommandStack stack;
    /** Commands may run in background jobs (imports); the menu is updated on the UI thread. */
    private final CommandStackListener listener = event -> sync.asyncExec(this::update);

    @Inject
    void setProject(@Optional OpenProject project) {
        if (stack != null) {
            stack.removeCommandStackListener(listener);
        }
        stack = project == null ? null : project.editingDomain().getCommandStack();
        if (stack != null) {
            stack.addCommandStackListener(listener);
        }
        update();
    }

    private void update() {
        label(UNDO_ITEM, "&Undo", stack == null ? null : stack.getUndoCommand());
        label(REDO_ITEM, "&Redo", stack == null ? null : stack.getRedoCommand());
    }

    private void label(String itemId, String verb, Command command) {
        String name = command == null || command.getLabel() == null ? "" : " " + command.getLabel();
        for (MMenuItem item : models.findElements(application, itemId, MMenuItem.class, null,
                EModelService.IN_MAIN_MENU)) {
            item.setLabel(verb + name);
        }
    }
}
