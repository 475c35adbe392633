package org.dialectica.ui.preferences;

import java.util.List;

import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** The workbench's settings: the theme (applied at once and remembered). */
public class PreferencesDialog extends Dialog {

    private final IThemeEngine themes;
    private Combo themeCombo;
    private List<ITheme> available;

    public PreferencesDialog(Shell parent, IThemeEngine themes) {
        super(parent);
        this.themes = themes;
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
        return area;
    }

    @Override
    protected void okPressed() {
        int index = themeCombo.getSelectionIndex();
        if (index >= 0) {
            themes.setTheme(available.get(index), true);
        }
        super.okPressed();
    }
}
