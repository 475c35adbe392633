package org.dialectica.interchange.report;

import java.io.IOException;
import java.io.Writer;

/** A self-contained HTML5 page; every text and attribute value is escaped. */
final class HtmlSink implements ReportSink {

    private final Writer out;
    private int openLists;

    HtmlSink(Writer out) {
        this.out = out;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public void begin(String title) throws IOException {
        out.write("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>body{font-family:sans-serif;max-width:50em;margin:auto}"
                + "blockquote,q{font-style:italic}</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n");
    }

    @Override
    public void heading(int level, String text) throws IOException {
        closeLists();
        int h = Math.min(6, level);
        out.write("<h" + h + ">" + escape(text) + "</h" + h + ">\n");
    }

    @Override
    public void paragraph(String text) throws IOException {
        closeLists();
        out.write("<p>" + escape(text) + "</p>\n");
    }

    @Override
    public void bullet(int depth, String lead, String text) throws IOException {
        item(depth, (lead.isEmpty() ? "" : "<strong>" + escape(lead) + "</strong> ") + escape(text));
    }

    @Override
    public void quote(int depth, String quote, String sourceTitle, String href) throws IOException {
        String source = href == null ? escape(sourceTitle)
                : "<a href=\"" + escape(href) + "\">" + escape(sourceTitle) + "</a>";
        item(depth, "<q>" + escape(quote) + "</q> — " + source);
    }

    @Override
    public void image(String alt, String href) throws IOException {
        closeLists();
        out.write("<p><img src=\"" + escape(href) + "\" alt=\"" + escape(alt) + "\"></p>\n");
    }

    @Override
    public void end() throws IOException {
        closeLists();
        out.write("</body>\n</html>\n");
        out.flush();
    }

    /** Opens and closes nested lists so that every inner list sits inside its parent's item. */
    private void item(int depth, String html) throws IOException {
        int wanted = depth + 1;
        if (openLists > wanted) {
            while (openLists > wanted) {
                out.write("</li></ul>\n");
                openLists--;
            }
            out.write("</li>\n");
        } else if (openLists == wanted) {
            out.write("</li>\n");
        } else {
            while (openLists < wanted) {
                out.write("<ul>\n");
                openLists++;
            }
        }
        out.write("<li>" + html);
    }

    private void closeLists() throws IOException {
        while (openLists > 0) {
            out.write("</li></ul>\n");
            openLists--;
        }
    }
}
