package org.dialectica.ui.outline;

import java.util.function.Supplier;

import org.dialectica.model.Claim;
import org.dialectica.model.Issue;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.dialectica.model.edit.commands.RenameCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ICellModifier;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.widgets.Item;

/**
 * Renames claims and issues in place in the Outline: F2, or a slow second click on the selected element, opens
 * a text editor on it; Enter renames through {@link DialecticaCommands#rename} (undoable), Esc cancels. Other
 * elements (arguments, objections) are named by their claims and are not editable.
 */
final class InPlaceRename {

    private static final String TEXT = "text";

    private final TreeViewer viewer;
    private final Supplier<EditingDomain> domain;
    /** The element selected when the last click ended: a click on it again is a "slow second click". */
    private Object selectedAtLastClick;
    /** Counts double clicks, so a pending slow-click edit can tell it was a double click after all. */
    private int doubleClicks;

    private InPlaceRename(TreeViewer viewer, Supplier<EditingDomain> domain) {
        this.viewer = viewer;
        this.domain = domain;
    }

    /** Makes claims and issues in {@code viewer} editable, renaming them in the editing domain {@code domain} supplies. */
    static void install(TreeViewer viewer, Supplier<EditingDomain> domain) {
        new InPlaceRename(viewer, domain).install();
    }

    static boolean isRenamable(Object element) {
        return element instanceof Claim || element instanceof Issue;
    }

    private void install() {
        TextCellEditor editor = new TextCellEditor(viewer.getTree());
        editor.setValidator(value -> value == null || value.toString().isBlank() ? "The text cannot be empty." : null);
        viewer.setColumnProperties(new String[] { TEXT });
        viewer.setCellEditors(new CellEditor[] { editor });
        viewer.setCellModifier(new ICellModifier() {
            @Override
            public boolean canModify(Object element, String property) {
                return isRenamable(element) && domain.get() != null;
            }

            @Override
            public Object getValue(Object element, String property) {
                EObject object = (EObject) element;
                Object text = object.eGet(RenameCommand.nameAttribute(object));
                return text == null ? "" : text.toString();
            }

            @Override
            public void modify(Object element, String property, Object value) {
                Object data = element instanceof Item item ? item.getData() : element;
                EditingDomain editingDomain = domain.get();
                if (!isRenamable(data) || editingDomain == null || value == null) {
                    return;
                }
                Command rename = DialecticaCommands.rename(editingDomain, (EObject) data, value.toString());
                if (rename.canExecute()) { // an unchanged or blank text is no rename, and no undo step
                    editingDomain.getCommandStack().execute(rename);
                }
            }
        });
        viewer.getTree().addListener(SWT.MouseUp, e -> selectedAtLastClick = viewer.getStructuredSelection()
                .getFirstElement());
        viewer.getTree().addListener(SWT.MouseDoubleClick, e -> doubleClicks++);
        // F2 on the selection rather than keyboard activation, which would need a focus cell and owner drawing
        viewer.getTree().addListener(SWT.KeyDown, e -> {
            Object selected = viewer.getStructuredSelection().getFirstElement();
            if (e.keyCode == SWT.F2 && (e.stateMask & SWT.MODIFIER_MASK) == 0 && isRenamable(selected)) {
                viewer.editElement(selected, 0);
                e.doit = false;
            }
        });
        TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                if (event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC) {
                    return true;
                }
                if (event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
                        && event.sourceEvent instanceof MouseEvent mouse && mouse.button == 1
                        && (mouse.stateMask & SWT.MODIFIER_MASK) == 0) {
                    editAfterSlowSecondClick(event.getSource());
                }
                return false;
            }
        }, ColumnViewerEditor.DEFAULT);
    }

    /**
     * A click on the element that was already selected edits it, unless the click turns out to be the first of
     * a double click: so wait the double-click time before starting.
     */
    private void editAfterSlowSecondClick(Object cell) {
        Object element = cell instanceof org.eclipse.jface.viewers.ViewerCell viewerCell ? viewerCell.getElement()
                : null;
        if (element == null || element != selectedAtLastClick || !isRenamable(element)) {
            return;
        }
        int doubleClicksBefore = doubleClicks;
        viewer.getControl().getDisplay().timerExec(viewer.getControl().getDisplay().getDoubleClickTime(), () -> {
            if (!viewer.getControl().isDisposed() && doubleClicks == doubleClicksBefore
                    && viewer.getStructuredSelection().getFirstElement() == element && !viewer.isCellEditorActive()) {
                viewer.editElement(element, 0);
            }
        });
    }
}
