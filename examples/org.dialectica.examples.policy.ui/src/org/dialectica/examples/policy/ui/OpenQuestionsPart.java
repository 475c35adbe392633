package org.dialectica.examples.policy.ui;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.dialectica.core.project.OpenProject;
import org.dialectica.ui.inspector.CriticalQuestionsPart;
import org.dialectica.ui.session.ActiveProject;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The project's open critical questions, argument by argument: each argument (named by its conclusion, with its
 * scheme) and under it the questions still open. Selecting a line selects its argument everywhere (Outline, Map,
 * Critical questions); a double-click also brings Critical questions forward to answer it. The tree follows every
 * edit, undo and project switch. One column, so it reads in a narrow side stack; full texts in tooltips.
 * <p>
 * An e4 POJO, contributed by {@code fragment.e4xmi}; it gets the open project and the application context the same
 * way Dialectica's own parts do (docs/extending.md).
 */
public final class OpenQuestionsPart {

    public static final String ID = "org.dialectica.examples.policy.ui.openquestions";
    /**
     * The part descriptor's id. Not {@link #ID}: e4 merges an {@code apply="always"} fragment element by element id,
     * and a descriptor with the part's id replaced the part in the stack (the view was missing from the workbench).
     */
    public static final String DESCRIPTOR_ID = ID + ".descriptor";

    @Inject
    private MApplication application;

    @Inject
    private EPartService partService;

    private OpenProject project;
    private Label summary;
    private TreeViewer viewer;
    private boolean refreshPending;
    private final CommandStackListener modelChanged = event -> refreshLater();

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.WRAP);
        GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false);
        summaryData.widthHint = 200; // wraps instead of widening the part
        summary.setLayoutData(summaryData);

        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setAutoExpandLevel(AbstractTreeViewer.ALL_LEVELS);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object element) {
                return element instanceof OpenQuestions.Argument argument ? argument.questions().toArray()
                        : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof OpenQuestions.Argument;
            }
        });
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof OpenQuestions.Argument argument ? argument.text()
                        : ((OpenQuestion) element).questionText();
            }

            @Override
            public String getToolTipText(Object element) {
                return getText(element);
            }
        });
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addSelectionChangedListener(event -> selectArgument(event.getStructuredSelection()));
        viewer.addDoubleClickListener(event -> {
            selectArgument((IStructuredSelection) event.getSelection());
            MPart checklist = partService.findPart(CriticalQuestionsPart.ID);
            if (checklist != null) {
                partService.activate(checklist); // does nothing when it is not in the current perspective
            }
        });
        refresh();
    }

    @Inject
    public void setProject(@Optional OpenProject project) {
        if (this.project != null) {
            this.project.editingDomain().getCommandStack().removeCommandStackListener(modelChanged);
        }
        this.project = project;
        if (project != null) {
            project.editingDomain().getCommandStack().addCommandStackListener(modelChanged);
        }
        refresh();
    }

    private void selectArgument(IStructuredSelection selection) {
        Object selected = selection.getFirstElement();
        if (selected instanceof OpenQuestion question) {
            application.getContext().set(ActiveProject.SELECTED_ELEMENT, question.inference());
        } else if (selected instanceof OpenQuestions.Argument argument) {
            application.getContext().set(ActiveProject.SELECTED_ELEMENT, argument.inference());
        }
    }

    /** Command stack events may come in bursts (an import, a pull): one refresh per burst. */
    private void refreshLater() {
        if (viewer == null || viewer.getControl().isDisposed() || refreshPending) {
            return;
        }
        refreshPending = true;
        viewer.getControl().getDisplay().asyncExec(() -> {
            refreshPending = false;
            refresh();
        });
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<OpenQuestion> rows = OpenQuestions.of(project == null ? null : project.model());
        viewer.setInput(OpenQuestions.byArgument(rows));
        summary.setText(OpenQuestions.summary(project == null ? null : project.model(), rows));
        summary.getParent().layout(true, true);
    }

    @PreDestroy
    public void dispose() {
        if (project != null) {
            project.editingDomain().getCommandStack().removeCommandStackListener(modelChanged);
        }
    }
}
