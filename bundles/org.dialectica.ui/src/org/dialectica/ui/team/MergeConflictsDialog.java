package org.dialectica.ui.team;

import java.util.List;

import org.dialectica.team.MergeConflict;
import org.dialectica.team.PullResult;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * What a pull could not merge: one row per conflict (element, type, feature, ours, theirs), then files git kept
 * ours of and validation problems of the merged model. Modeless, so the user can look the elements up.
 */
public class MergeConflictsDialog extends Dialog {

    public static final String TITLE = "Pull: merge conflicts";

    private final PullResult result;

    public MergeConflictsDialog(Shell parent, PullResult result) {
        super(parent);
        this.result = result;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("The remote's changes were merged, but both sides changed these in different ways. The project "
                + "keeps yours; theirs stays in the merge commit's second parent. Edit what should change, then "
                + "commit and push.");
        GridDataFactory.fillDefaults().grab(true, false).hint(720, SWT.DEFAULT).applyTo(intro);

        TableViewer table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(table, "Element", 110, MergeConflict::elementId);
        column(table, "Type", 90, MergeConflict::elementType);
        column(table, "Feature", 90, MergeConflict::feature);
        column(table, "Ours (kept)", 210, MergeConflict::ours);
        column(table, "Theirs", 210, MergeConflict::theirs);
        table.setInput(result.conflicts());
        GridDataFactory.fillDefaults().grab(true, true).hint(720, 200).applyTo(table.getControl());

        lines(area, "Other files both sides changed (yours kept):", result.fileConflicts());
        lines(area, "Problems in the merged model:", result.problems());
        return area;
    }

    private static void column(TableViewer table, String title, int width,
            java.util.function.Function<MergeConflict, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((MergeConflict) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((MergeConflict) element).describe();
            }
        });
    }

    private static void lines(Composite area, String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        new Label(area, SWT.NONE).setText(heading);
        org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.V_SCROLL);
        list.setItems(lines.toArray(String[]::new));
        GridDataFactory.fillDefaults().grab(true, false).hint(720, SWT.DEFAULT).applyTo(list);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
