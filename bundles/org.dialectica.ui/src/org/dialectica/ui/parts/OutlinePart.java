package org.dialectica.ui.parts;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.widgets.Composite;

/** The argument structure of the project: issues, positions, arguments and objections. */
public class OutlinePart extends PlaceholderPart {

    public static final String ID = "org.dialectica.ui.part.outline";

    @PostConstruct
    public void createControls(Composite parent) {
        createBody(parent, "Outline",
                "Issues, the positions that answer them, and the arguments and objections for and against "
                        + "each, as a tree.");
    }
}
