package org.dialectica.interchange.report;

import org.dialectica.model.Source;
import org.dialectica.model.TextAnchor;

/** Links to a quoted span: the source's extracted text with an RFC 5147 {@code char=} fragment. */
public final class SourceLinks {

    private SourceLinks() {
    }

    /**
     * {@code sources/<sha256>.txt#char=start,end}, relative to the project folder; null when the source has no
     * well-formed hash (then nothing safe can be linked).
     */
    public static String href(TextAnchor anchor) {
        Source source = anchor.getSource();
        if (source == null || source.getSha256() == null || !source.getSha256().matches("[0-9a-f]{64}")) {
            return null;
        }
        return "sources/" + source.getSha256() + ".txt#char=" + anchor.getStart() + "," + anchor.getEnd();
    }
}
