package org.dialectica.interchange.report;

import java.io.IOException;

/**
 * The few shapes a research report is made of. Texts are plain: each sink escapes them for its format,
 * so no claim text can inject markup.
 */
interface ReportSink {

    void begin(String title) throws IOException;

    void heading(int level, String text) throws IOException;

    void paragraph(String text) throws IOException;

    /** A list item at {@code depth} (0 = top) with a bold lead-in (may be empty) and a text. */
    void bullet(int depth, String lead, String text) throws IOException;

    /** A quotation from a source, as a list item at {@code depth}, linked to the quoted span. */
    void quote(int depth, String quote, String sourceTitle, String href) throws IOException;

    void image(String alt, String href) throws IOException;

    void end() throws IOException;
}
