package org.dialectica.ui.preferences;

import java.util.List;

import org.dialectica.core.project.ProjectService;
import org.eclipse.core.runtime.Platform;
import org.osgi.service.prefs.BackingStoreException;

import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The workbench's settings: the theme (applied at once and remembered), the import limits (used by the next
 * import) and the autosave (applied at once to the project service, and again at each start).
 */
public class PreferencesDialog extends Dialog {

    private final IThemeEngine themes;
    private Combo themeCombo;
    private List<ITheme> available;
    private final ImportPreferences imports;
    private Spinner maxFileSize;
    private Spinner maxChars;
    private Spinner parseTimeout;
    private final AutosavePreferences autosave;
    private final ProjectService projects;
    private Button autosaveEnabled;
    private Spinner autosaveDelay;

    /** @param projects where a changed autosave setting is applied; {@code null} stores it for the next start */
    public PreferencesDialog(Shell parent, IThemeEngine themes, ProjectService projects) {
        this(parent, themes, ImportPreferences.instance(), AutosavePreferences.instance(), projects);
    }

    public PreferencesDialog(Shell parent, IThemeEngine themes, ImportPreferences imports, AutosavePreferences autosave,
            ProjectService projects) {
        super(parent);
        this.themes = themes;
        this.imports = imports;
        this.autosave = autosave;
        this.projects = projects;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Preferences");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText("Theme");
        themeCombo = new Combo(area, SWT.READ_ONLY);
        themeCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        available = themes.getThemes().stream().filter(t -> t.getId().startsWith("org.dialectica.")).toList();
        ITheme active = themes.getActiveTheme();
        for (ITheme theme : available) {
            themeCombo.add(theme.getLabel());
            if (active != null && active.getId().equals(theme.getId())) {
                themeCombo.select(themeCombo.getItemCount() - 1);
            }
        }
        createImportLimits(area);
        createAutosave(area);
        return area;
    }

    private void createAutosave(Composite area) {
        Group group = new Group(area, SWT.NONE);
        group.setText("Autosave (unsaved work is kept for recovery after a crash)");
        group.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        group.setLayout(new GridLayout(3, false));
        autosaveEnabled = new Button(group, SWT.CHECK);
        autosaveEnabled.setText("&Autosave in the background");
        autosaveEnabled.setSelection(autosave.enabled());
        autosaveEnabled.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
        autosaveDelay = spinner(group, "Af&ter", 1, AutosavePreferences.MAX_DELAY_SECONDS, autosave.delaySeconds(),
                "seconds without an edit");
        autosaveDelay.setEnabled(autosaveEnabled.getSelection());
        autosaveEnabled.addListener(SWT.Selection, e -> autosaveDelay.setEnabled(autosaveEnabled.getSelection()));
    }

    private void createImportLimits(Composite area) {
        Group group = new Group(area, SWT.NONE);
        group.setText("Import limits (for files added with File > Import or by drag and drop)");
        group.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        group.setLayout(new GridLayout(3, false));
        maxFileSize = spinner(group, "Largest &file", 1, 4096, imports.maxFileSizeMiB(), "MiB");
        maxChars = spinner(group, "Most &characters of text", 1000, Integer.MAX_VALUE - 8, imports.maxChars(),
                "characters");
        maxChars.setIncrement(100_000);
        maxChars.setPageIncrement(1_000_000);
        parseTimeout = spinner(group, "Longest &reading time", 1, 3600, imports.parseTimeoutSeconds(), "seconds");
    }

    private static Spinner spinner(Composite parent, String label, int min, int max, int value, String unit) {
        new Label(parent, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(value, min, max, 0, 1, Math.max(1, max / 100));
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 120;
        spinner.setLayoutData(data);
        new Label(parent, SWT.NONE).setText(unit);
        return spinner;
    }

    @Override
    protected void okPressed() {
        int index = themeCombo.getSelectionIndex();
        if (index >= 0) {
            themes.setTheme(available.get(index), true);
        }
        try {
            imports.store(maxFileSize.getSelection(), maxChars.getSelection(), parseTimeout.getSelection());
        } catch (BackingStoreException e) {
            Platform.getLog(PreferencesDialog.class).error("Could not store the import limits", e);
        }
        try {
            autosave.store(autosaveEnabled.getSelection(), autosaveDelay.getSelection(), projects);
        } catch (BackingStoreException e) {
            // The setting still applies to this session; it is only not remembered.
            Platform.getLog(PreferencesDialog.class).error("Could not store the autosave setting", e);
        }
        super.okPressed();
    }
}
