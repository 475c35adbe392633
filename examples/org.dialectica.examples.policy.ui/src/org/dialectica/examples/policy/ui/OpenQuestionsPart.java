package org.dialectica.examples.policy.ui;

import java.util.List;
import java.util.function.Function;

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
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The project's open critical questions, one row per question: what is asked, of which argument, under which
 * scheme. Selecting a row selects its argument everywhere (Outline, Map, Critical questions); a double-click also
 * brings Critical questions forward to answer it. The list follows every edit, undo and project switch.
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
    private TableViewer viewer;
    private boolean refreshPending;
    private final CommandStackListener modelChanged = event -> refreshLater();

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.WRAP);
        GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false);
        summaryData.widthHint = 200; // wraps instead of widening the part
        summary.setLayoutData(summaryData);

        Composite tableArea = new Composite(parent, SWT.NONE);
        tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumnLayout columns = new TableColumnLayout();
        tableArea.setLayout(columns);
        viewer = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(columns, "Question", 5, OpenQuestion::questionText);
        column(columns, "Argument", 3, OpenQuestion::argumentText);
        column(columns, "Scheme", 2, OpenQuestion::schemeText);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
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

    private void column(TableColumnLayout layout, String title, int weight, Function<OpenQuestion, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((OpenQuestion) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((OpenQuestion) element).questionText();
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60, true));
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
        if (selection.getFirstElement() instanceof OpenQuestion row) {
            application.getContext().set(ActiveProject.SELECTED_ELEMENT, row.inference());
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
        viewer.setInput(rows);
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
