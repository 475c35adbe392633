package org.dialectica.interchange.report;

import java.io.IOException;
import java.io.Writer;

/** CommonMark output; every text is escaped so that it renders literally (no HTML, no links, no emphasis). */
final class MarkdownSink implements ReportSink {

    private final Writer out;

    MarkdownSink(Writer out) {
        this.out = out;
    }

    /** Backslash-escapes Markdown punctuation, and writes &lt; &gt; &amp; as entities so raw HTML cannot pass. */
    static String escape(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ");
        StringBuilder escaped = new StringBuilder(oneLine.length() + 16);
        for (char c : oneLine.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '.', '!', '|', '~', '"', '\'' ->
                    escaped.append('\\').append(c);
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public void begin(String title) throws IOException {
        out.write("# " + escape(title) + "\n\n");
    }

    @Override
    public void heading(int level, String text) throws IOException {
        out.write("\n" + "#".repeat(Math.min(6, level)) + " " + escape(text) + "\n\n");
    }

    @Override
    public void paragraph(String text) throws IOException {
        out.write(escape(text) + "\n\n");
    }

    @Override
    public void bullet(int depth, String lead, String text) throws IOException {
        out.write("  ".repeat(depth) + "- " + (lead.isEmpty() ? "" : "**" + escape(lead) + "** ") + escape(text) + "\n");
    }

    @Override
    public void quote(int depth, String quote, String sourceTitle, String href) throws IOException {
        String link = href == null ? escape(sourceTitle) : "[" + escape(sourceTitle) + "](<" + href + ">)";
        out.write("  ".repeat(depth) + "- *“" + escape(quote) + "”* — " + link + "\n");
    }

    @Override
    public void image(String alt, String href) throws IOException {
        out.write("![" + escape(alt) + "](<" + href + ">)\n\n");
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }
}
