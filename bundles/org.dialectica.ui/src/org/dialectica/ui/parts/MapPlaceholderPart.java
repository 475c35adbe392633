package org.dialectica.ui.parts;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.widgets.Composite;

/** Holds the Analyse perspective's centre until the argument map is available. */
public class MapPlaceholderPart extends PlaceholderPart {

    public static final String ID = "org.dialectica.ui.part.map";

    @PostConstruct
    public void createControls(Composite parent) {
        createBody(parent, "Map",
                "The argument map of the project will be drawn here: claims and issues as boxes, arguments and "
                        + "objections as arrows, laid out automatically.");
    }
}
