package org.dialectica.ui.parts;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.widgets.Composite;

/** The text of one source, where spans become claims, issues and objections. */
public class ReaderPart extends PlaceholderPart {

    public static final String ID = "org.dialectica.ui.part.reader";

    @PostConstruct
    public void createControls(Composite parent) {
        createBody(parent, "Reader",
                "Open a source from the Library to read it here. Select a span and turn it into a claim, "
                        + "an issue or an objection from the keyboard.");
    }
}
