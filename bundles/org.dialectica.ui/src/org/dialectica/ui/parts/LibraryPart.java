package org.dialectica.ui.parts;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.widgets.Composite;

/** The sources of the open project. */
public class LibraryPart extends PlaceholderPart {

    public static final String ID = "org.dialectica.ui.part.library";

    @PostConstruct
    public void createControls(Composite parent) {
        createBody(parent, "Library",
                "The sources of the project you study: articles, reports and books imported from PDF, DOCX, "
                        + "ODT, RTF, HTML, EPUB, Markdown or plain text.");
    }
}
