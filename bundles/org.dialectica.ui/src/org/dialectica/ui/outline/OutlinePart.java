package org.dialectica.ui.outline;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dialectica.core.project.OpenProject;
import org.dialectica.model.Element;
import org.dialectica.ui.session.ActiveProject;
import org.dialectica.ui.session.ModelChangeListener;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * The argument structure of the project as a tree: issues, positions, arguments and objections. A filter box
 * narrows it; selecting an element selects it in every other part. Claims and issues are renamed in place (F2),
 * and dragging a claim onto a claim or an argument links them.
 */
public class OutlinePart {

    public static final String ID = "org.dialectica.ui.part.outline";

    @Inject
    private MApplication application;

    private TreeViewer viewer;
    private Text filter;
    private OpenProject project;
    /** The element selected anywhere, shown as soon as the tree has it (it may be set before the tree exists). */
    private Element selected;
    private LinkByDragging linkByDragging;
    private final ModelChangeListener modelChanged = new ModelChangeListener(event -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    });

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        parent.setLayout(layout);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter issues, claims, objections");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(new ArgumentTreeContentProvider());
        viewer.setUseHashlookup(false);
        viewer.addFilter(new TextFilter());
        InPlaceRename.install(viewer, this::editingDomain);
        linkByDragging = LinkByDragging.install(viewer, this::editingDomain);
        filter.addModifyListener(e -> viewer.refresh());
        viewer.addSelectionChangedListener(event -> {
            Object first = viewer.getStructuredSelection().getFirstElement();
            if (first instanceof Element element) {
                application.getContext().set(ActiveProject.SELECTED_ELEMENT, element);
            }
        });
        refresh();
        revealSelected();
    }

    @Inject
    public void setProject(@Optional OpenProject project) {
        this.project = project;
        modelChanged.follow(project);
        refresh();
        revealSelected();
    }

    /** Follows the element selected elsewhere (linked selection with the Reader). */
    @Inject
    public void reveal(@Optional @Named(ActiveProject.SELECTED_ELEMENT) Element element) {
        selected = element;
        revealSelected();
    }

    private void revealSelected() {
        Element element = selected;
        if (viewer == null || viewer.getControl().isDisposed() || element == null || project == null
                || org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(element) != project.model()) {
            return;
        }
        if (viewer.getStructuredSelection().getFirstElement() != element) {
            ArgumentTreeContentProvider content = (ArgumentTreeContentProvider) viewer.getContentProvider();
            content.pathTo(viewer.getInput(), element, 8).ifPresentOrElse(
                    path -> viewer.setSelection(new TreeSelection(path), true),
                    () -> viewer.setSelection(new StructuredSelection(element), true));
        }
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        if (project != null && project.editingDomain() instanceof AdapterFactoryEditingDomain domain
                && !(viewer.getLabelProvider() instanceof ElementLabelProvider)) {
            viewer.setLabelProvider(new ElementLabelProvider(domain.getAdapterFactory()));
        }
        Object[] expanded = viewer.getExpandedElements();
        viewer.setInput(project == null ? null : project.model());
        if (expanded.length == 0) {
            viewer.expandToLevel(2);
        } else {
            viewer.setExpandedElements(expanded);
        }
    }

    private EditingDomain editingDomain() {
        return project == null ? null : project.editingDomain();
    }

    /** Linking by drag and drop, for tests (the drop itself cannot be simulated). */
    public LinkByDragging getLinkByDragging() {
        return linkByDragging;
    }

    /** The tree, for tests. */
    public TreeViewer getViewer() {
        return viewer;
    }

    @PreDestroy
    public void dispose() {
        modelChanged.stop();
    }

    /** Keeps elements whose label, or a descendant's, contains the filter text. */
    private final class TextFilter extends ViewerFilter {
        @Override
        public boolean select(Viewer v, Object parentElement, Object element) {
            String wanted = filter.getText().trim().toLowerCase();
            return wanted.isEmpty() || matches(element, wanted, 0);
        }

        private boolean matches(Object element, String wanted, int depth) {
            String label = viewer.getLabelProvider() instanceof ElementLabelProvider labels ? labels.getText(element)
                    : String.valueOf(element);
            if (label != null && label.toLowerCase().contains(wanted)) {
                return true;
            }
            if (depth > 6) {
                return false; // argument graphs may have cycles; the tree is only ever this deep in practice
            }
            for (Object child : ((ArgumentTreeContentProvider) viewer.getContentProvider()).getChildren(element)) {
                if (matches(child, wanted, depth + 1)) {
                    return true;
                }
            }
            return false;
        }
    }
}
