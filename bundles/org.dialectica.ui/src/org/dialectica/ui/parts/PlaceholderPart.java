package org.dialectica.ui.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * Common body of the parts that do not yet show project content: a heading and a short explanation
 * of what the part will hold, so that a first look at the workbench is not a wall of empty panes.
 */
abstract class PlaceholderPart {

    /** CSS class of the explanation label, styled by the theme. */
    static final String CSS_CLASS_KEY = "org.eclipse.e4.ui.css.CssClassName";

    protected void createBody(Composite parent, String heading, String explanation) {
        parent.setLayout(new GridLayout(1, false));
        Label title = new Label(parent, SWT.WRAP);
        title.setText(heading);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label body = new Label(parent, SWT.WRAP);
        body.setText(explanation);
        body.setData(CSS_CLASS_KEY, "placeholder");
        GridData bodyData = new GridData(SWT.FILL, SWT.TOP, true, false);
        bodyData.widthHint = 200;
        body.setLayoutData(bodyData);
    }
}
