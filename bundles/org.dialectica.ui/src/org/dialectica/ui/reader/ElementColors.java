package org.dialectica.ui.reader;

import org.dialectica.core.queries.AnchoredElement;
import org.dialectica.core.queries.ArgumentQueries;
import org.dialectica.model.Claim;
import org.dialectica.model.Issue;
import org.eclipse.swt.graphics.RGB;

/** Highlight colours of annotations in the Reader, by what the annotated element is. */
public enum ElementColors {
    ISSUE(new RGB(0xcf, 0xe3, 0xff)),
    CLAIM(new RGB(0xff, 0xef, 0xb0)),
    OBJECTION(new RGB(0xff, 0xd3, 0xd3));

    private final RGB background;

    ElementColors(RGB background) {
        this.background = background;
    }

    public RGB background() {
        return background;
    }

    public static ElementColors of(AnchoredElement anchored, ArgumentQueries queries) {
        if (anchored.element() instanceof Issue) {
            return ISSUE;
        }
        if (anchored.element() instanceof Claim claim && queries.isObjection(claim)) {
            return OBJECTION;
        }
        return CLAIM;
    }
}
