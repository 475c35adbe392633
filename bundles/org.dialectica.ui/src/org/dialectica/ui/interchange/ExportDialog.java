package org.dialectica.ui.interchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dialectica.interchange.ArgumentExporter;
import org.dialectica.interchange.ExportScope;
import org.dialectica.model.Issue;
import org.dialectica.model.Project;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * File &gt; Export: the format (every exporter of the registry, so formats contributed by plug-ins appear too),
 * the scope (the whole project or one issue with what it reaches) and the target file.
 */
public class ExportDialog extends TitleAreaDialog {

    public static final String TITLE = "Export";

    private final Project project;
    private final Path projectDirectory;
    private final List<ArgumentExporter> exporters;
    private final List<Issue> issues;

    private Combo formatCombo;
    private Combo scopeCombo;
    private Text fileText;
    private ExportRequest result;

    public ExportDialog(Shell parent, Project project, Path projectDirectory, List<ArgumentExporter> exporters) {
        super(parent);
        this.project = project;
        this.projectDirectory = projectDirectory;
        this.exporters = new ArrayList<>(exporters);
        this.exporters.sort(Comparator.comparing(ArgumentExporter::label, String.CASE_INSENSITIVE_ORDER));
        this.issues = List.copyOf(project.getIssues());
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite outer = (Composite) super.createDialogArea(parent);
        setTitle("Export arguments");
        setMessage("Write the project, or one issue and the arguments it reaches, in another format.");
        Composite area = new Composite(outer, SWT.NONE);
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 12;
        layout.marginHeight = 12;
        layout.verticalSpacing = 8;
        area.setLayout(layout);

        label(area, "&Format:");
        formatCombo = new Combo(area, SWT.READ_ONLY);
        formatCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        for (ArgumentExporter exporter : exporters) {
            formatCombo.add(exporter.label() + "  (." + exporter.fileExtension() + ")");
        }

        label(area, "&Scope:");
        scopeCombo = new Combo(area, SWT.READ_ONLY);
        scopeCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        scopeCombo.add("Whole project");
        for (Issue issue : issues) {
            scopeCombo.add("Issue: " + shorten(issue.getText()));
        }
        scopeCombo.select(0);

        label(area, "&To file:");
        fileText = new Text(area, SWT.BORDER | SWT.SINGLE);
        GridData fileData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        fileData.widthHint = 420;
        fileText.setLayoutData(fileData);
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("&Browse\u2026");
        browse.addListener(SWT.Selection, e -> browse());

        Label hint = new Label(area, SWT.WRAP);
        GridData hintData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        hintData.widthHint = 520;
        hint.setLayoutData(hintData);
        hint.setText("Reports link their quotes to the project's source texts: save them in the project folder "
                + "for the links to work.");

        formatCombo.addListener(SWT.Selection, e -> formatChanged());
        fileText.addListener(SWT.Modify, e -> validate());
        if (!exporters.isEmpty()) {
            int html = indexOf("html");
            formatCombo.select(html >= 0 ? html : 0);
            fileText.setText(projectDirectory.resolve(baseName() + "." + selectedExporter().fileExtension()).toString());
        }
        return outer;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Export", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void formatChanged() {
        String text = fileText.getText().trim();
        if (!text.isEmpty()) {
            // Keep the folder and name the user chose, change only the extension.
            int dot = text.lastIndexOf('.');
            int slash = Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\'));
            String stem = dot > slash ? text.substring(0, dot) : text;
            fileText.setText(stem + "." + selectedExporter().fileExtension());
        }
        validate();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        ArgumentExporter exporter = selectedExporter();
        dialog.setFilterExtensions(new String[] { "*." + exporter.fileExtension(), "*" });
        dialog.setFilterNames(new String[] { exporter.label(), "All files" });
        Path current = Path.of(fileText.getText().trim().isEmpty() ? projectDirectory.toString() : fileText.getText().trim());
        if (current.getParent() != null) {
            dialog.setFilterPath(current.getParent().toString());
        }
        dialog.setFileName(current.getFileName() == null ? "" : current.getFileName().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            fileText.setText(chosen);
        }
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        String problem = null;
        String text = fileText == null ? "" : fileText.getText().trim();
        if (exporters.isEmpty()) {
            problem = "No export format is installed.";
        } else if (text.isEmpty()) {
            problem = "Choose the file to write.";
        } else if (!Path.of(text).isAbsolute()) {
            problem = "Give the full path of the file to write.";
        } else if (java.nio.file.Files.isDirectory(Path.of(text))) {
            problem = "This is a folder; give a file name.";
        }
        setErrorMessage(problem);
        if (problem == null && java.nio.file.Files.exists(Path.of(text))) {
            setMessage("The file exists and will be replaced.", IMessageProvider.WARNING);
        } else if (problem == null) {
            setMessage("Write the project, or one issue and the arguments it reaches, in another format.");
        }
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        int scope = scopeCombo.getSelectionIndex();
        result = new ExportRequest(selectedExporter().id(),
                scope <= 0 ? ExportScope.wholeProject() : ExportScope.issue(issues.get(scope - 1)),
                Path.of(fileText.getText().trim()));
        super.okPressed();
    }

    /** The choice, once the dialog was closed with Export. */
    public ExportRequest result() {
        return result;
    }

    private ArgumentExporter selectedExporter() {
        return exporters.get(Math.max(0, formatCombo.getSelectionIndex()));
    }

    private int indexOf(String id) {
        for (int i = 0; i < exporters.size(); i++) {
            if (exporters.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private String baseName() {
        String name = project.getName() == null || project.getName().isBlank() ? "export" : project.getName();
        return name.replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private static String shorten(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return line.length() > 70 ? line.substring(0, 69) + "\u2026" : line;
    }
}
