package org.dialectica.importer.tika;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

import org.dialectica.importer.PassageTextBuilder;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives Tika's XHTML and turns every block element into a block of {@link PassageTextBuilder}, so that
 * paragraphs, headings, list items and cells become passages, and PDF page divs
 * ({@code <div class="page">}) become pages. Only body content should reach it (wrap it in a
 * {@code BodyContentHandler}).
 */
final class PassageContentHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
            "td", "th", "tr", "pre", "blockquote", "address", "caption", "figcaption", "section", "article", "header",
            "footer", "aside", "nav", "main", "ul", "ol", "dl", "table", "body", "hr");

    private final PassageTextBuilder builder = new PassageTextBuilder();
    private final StringBuilder block = new StringBuilder();
    /** For each open div: is it a page? Pages end when their own div ends, not an inner one. */
    private final Deque<Boolean> divs = new ArrayDeque<>();

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = name(localName, qName);
        if (name.equals("div")) {
            boolean page = "page".equals(atts.getValue("class"));
            divs.push(page);
            flush();
            if (page) {
                builder.startPage();
            }
        } else if (BLOCKS.contains(name)) {
            flush();
        } else if (name.equals("br")) {
            block.append('\n');
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (name.equals("div")) {
            flush();
            if (!divs.isEmpty() && divs.pop()) {
                builder.endPage();
            }
        } else if (BLOCKS.contains(name)) {
            flush();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        block.append(ch, start, length);
    }

    /** Tika reports line breaks ({@code <br>}) as ignorable white space; between blocks it is dropped anyway. */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        block.append(ch, start, length);
    }

    @Override
    public void endDocument() {
        flush();
        builder.endPage();
    }

    private void flush() {
        if (!block.isEmpty()) {
            builder.addBlock(block);
            block.setLength(0);
        }
    }

    PassageTextBuilder builder() {
        flush();
        return builder;
    }

    private static String name(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        return n.toLowerCase(Locale.ROOT);
    }
}
