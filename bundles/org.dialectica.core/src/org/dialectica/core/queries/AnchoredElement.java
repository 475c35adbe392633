package org.dialectica.core.queries;

import org.dialectica.model.Element;
import org.dialectica.model.TextAnchor;

/** An anchor together with the claim or issue it belongs to. */
public record AnchoredElement(Element element, TextAnchor anchor) {

    public int start() {
        return anchor.getStart();
    }

    public int end() {
        return anchor.getEnd();
    }

    /** Whether {@code offset} lies inside the anchored span. */
    public boolean covers(int offset) {
        return offset >= anchor.getStart() && offset < anchor.getEnd();
    }
}
