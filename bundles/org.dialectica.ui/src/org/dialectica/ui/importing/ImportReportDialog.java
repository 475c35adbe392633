package org.dialectica.ui.importing;

import org.dialectica.importer.ImportChecks;
import org.dialectica.importer.ImportReport;
import org.dialectica.importer.ImportReport.FileResult;
import org.dialectica.ui.parts.ColumnWidths;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What an import did, file by file: imported, unchanged (already in the project) or failed, and why.
 * Not modal: the user may read it while working on the imported source.
 */
public class ImportReportDialog extends Dialog {

    public static final String TITLE = "Import results";

    private final ImportReport report;
    private TableViewer viewer;

    public ImportReportDialog(Shell parent, ImportReport report) {
        super(parent);
        this.report = report;
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
        new Label(area, SWT.WRAP).setText(summary(report));

        Composite holder = new Composite(area, SWT.NONE);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 760;
        data.heightHint = Math.min(400, 60 + 24 * report.results().size());
        holder.setLayoutData(data);
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(columns, "File", new ColumnWeightData(3, 60), r -> ImportChecks.displayName(r.file()));
        // Wide enough for the longest status word in the table's font: a weight left "unchanged" cut off.
        String[] statusTexts = Stream.concat(Stream.of("Status"),
                Stream.of(ImportReport.Status.values()).map(ImportReportDialog::statusText)).toArray(String[]::new);
        column(columns, "Status", new ColumnPixelData(ColumnWidths.fitting(viewer.getTable(), statusTexts), false),
                r -> statusText(r));
        column(columns, "Reason", new ColumnWeightData(6, 60), ImportReportDialog::reasonText);
        viewer.setInput(report.results());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    private void column(TableColumnLayout layout, String title, ColumnLayoutData width,
            Function<FileResult, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((FileResult) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return reasonText((FileResult) element);
            }
        });
    }

    /** The table, for tests. */
    public TableViewer getViewer() {
        return viewer;
    }

    static String summary(ImportReport report) {
        StringBuilder text = new StringBuilder();
        text.append(report.count(ImportReport.Status.IMPORTED)).append(" imported, ")
                .append(report.count(ImportReport.Status.UPDATED)).append(" updated, ")
                .append(report.count(ImportReport.Status.UNCHANGED)).append(" already in the project, ")
                .append(report.count(ImportReport.Status.FAILED)).append(" failed.");
        if (report.cancelled()) {
            text.append(" The import was cancelled; the files imported before that were kept (Edit > Undo removes them).");
        }
        return text.toString();
    }

    static String statusText(FileResult result) {
        return statusText(result.status());
    }

    private static String statusText(ImportReport.Status status) {
        return switch (status) {
            case IMPORTED -> "imported";
            case UNCHANGED -> "unchanged";
            case UPDATED -> "updated";
            case FAILED -> "failed";
        };
    }

    static String reasonText(FileResult result) {
        // An imported file's message is a note, e.g. on a misnamed file; it has no reason.
        return result.reason() == null ? result.detail() : reasonLabel(result.reason()) + ": " + result.detail();
    }

    private static String reasonLabel(org.dialectica.importer.ImportException.Reason reason) {
        return switch (reason) {
            case UNSUPPORTED_FORMAT -> "Unsupported format";
            case ENCRYPTED -> "Encrypted";
            case CORRUPT -> "Damaged file";
            case TOO_LARGE -> "Too large";
            case TOO_MUCH_TEXT -> "Too much text";
            case TIMEOUT -> "Took too long";
            case EMPTY -> "No text";
            case IO -> "Read/write error";
        };
    }
}
