package org.dialectica.ui.outline;

import java.util.Optional;
import java.util.function.Supplier;

import org.dialectica.model.Claim;
import org.dialectica.model.Node;
import org.dialectica.ui.annotate.LinkChooser;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * Dragging a claim onto a claim or an argument in the Outline links them: the {@link LinkChooser} (shared with
 * the Map) asks how they relate and runs the command. The drag carries the selection in-process only
 * ({@link LocalSelectionTransfer}): model elements never leave the workbench.
 */
public final class LinkByDragging {

    private static final int OPERATIONS = DND.DROP_LINK | DND.DROP_MOVE | DND.DROP_COPY;

    private final TreeViewer viewer;
    private final Supplier<EditingDomain> domain;
    /** {@code null}: ask the user with dialogs. */
    private LinkChooser chooser;

    private LinkByDragging(TreeViewer viewer, Supplier<EditingDomain> domain) {
        this.viewer = viewer;
        this.domain = domain;
    }

    /** Lets claims in {@code viewer} be dragged onto claims and arguments, linking them in {@code domain}'s model. */
    static LinkByDragging install(TreeViewer viewer, Supplier<EditingDomain> domain) {
        LinkByDragging dragging = new LinkByDragging(viewer, domain);
        dragging.install();
        return dragging;
    }

    private void install() {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        viewer.addDragSupport(OPERATIONS, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                IStructuredSelection selection = viewer.getStructuredSelection();
                event.doit = selection.size() == 1 && selection.getFirstElement() instanceof Claim;
                if (event.doit) {
                    LocalSelectionTransfer.getTransfer().setSelection(selection);
                }
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = LocalSelectionTransfer.getTransfer().getSelection();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        viewer.addDropSupport(OPERATIONS, transfers, new ViewerDropAdapter(viewer) {
            {
                setFeedbackEnabled(false); // a drop links onto the element; there is no "between" to insert at
            }

            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                Claim dragged = draggedClaim();
                return dragged != null && target instanceof Node node
                        && LinkChooser.whyImpossible(dragged, node, null).isEmpty();
            }

            @Override
            public boolean performDrop(Object data) {
                Claim dragged = draggedClaim();
                return dragged != null && getCurrentTarget() instanceof Node target
                        && LinkByDragging.this.drop(dragged, target).isPresent();
            }
        });
    }

    /**
     * What a drop of {@code dragged} on {@code target} does: asks how they relate and links them.
     *
     * @return the executed command, empty when cancelled or impossible
     */
    public Optional<Command> drop(Claim dragged, Node target) {
        EditingDomain editingDomain = domain.get();
        if (editingDomain == null) {
            return Optional.empty();
        }
        LinkChooser active = chooser != null ? chooser
                : LinkChooser.interactive(viewer.getControl().getShell(), editingDomain);
        return active.link(editingDomain, dragged, target);
    }

    /** Replaces how the relation is asked and refusals are told ({@code null}: dialogs); tests answer directly. */
    public void setChooser(LinkChooser chooser) {
        this.chooser = chooser;
    }

    private static Claim draggedClaim() {
        return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof Claim claim ? claim : null;
    }
}
