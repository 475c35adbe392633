package org.dialectica.ui.parts;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.widgets.Composite;

/** Fills the reading area until a source is opened. */
public class WelcomePart extends PlaceholderPart {

    public static final String ID = "org.dialectica.ui.part.reader";

    @PostConstruct
    public void createControls(Composite parent) {
        createBody(parent, "Reader",
                "Open a source from the Library to read it here. Select a span and press C for a claim, I for an "
                        + "issue, O for an objection or S for a supporting reason.");
    }
}
