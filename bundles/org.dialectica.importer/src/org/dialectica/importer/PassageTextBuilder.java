package org.dialectica.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Assembles a document's normalised text from the blocks a parser reports (paragraphs, headings, list
 * items, cells) and records the passage boundaries on the way, so offsets are exact by construction.
 * Each block is normalised with {@link TextNormalizer} on its own and blocks are separated by one blank
 * line; a block that itself contains blank lines (plain text, Markdown) yields one paragraph per run of
 * non-blank lines. The assembled text is therefore already normalised.
 * <p>
 * Pages ({@link #startPage()}/{@link #endPage()}) become {@link Passage.Kind#PAGE} passages spanning
 * their blocks; a page without text is kept as an empty passage so that the n-th page passage is page n.
 */
public final class PassageTextBuilder {

    private static final String BLOCK_SEPARATOR = "\n\n";

    private final StringBuilder text = new StringBuilder();
    private final List<Passage> passages = new ArrayList<>();
    private int pageStart = -1;

    /** Adds one block of raw (not yet normalised) text; blank blocks are ignored. */
    public PassageTextBuilder addBlock(CharSequence raw) {
        String block = TextNormalizer.normalize(raw.toString());
        if (block.isEmpty()) {
            return this;
        }
        if (!text.isEmpty()) {
            text.append(BLOCK_SEPARATOR);
        }
        int base = text.length();
        if (pageStart == Integer.MIN_VALUE) {
            pageStart = base;
        }
        text.append(block);
        addParagraphs(block, base);
        return this;
    }

    /**
     * The paragraph passages of a text assembled by this class, recomputed from the text alone: runs of
     * non-blank lines, without their indentation. Stored texts need not store their paragraphs.
     */
    public static List<Passage> paragraphs(String text) {
        PassageTextBuilder recomputed = new PassageTextBuilder();
        recomputed.addParagraphs(text, 0);
        return recomputed.passages;
    }

    private void addParagraphs(String block, int base) {
        int paragraphStart = -1;
        int paragraphEnd = -1;
        int lineStart = 0;
        while (lineStart <= block.length()) {
            int lineEnd = block.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = block.length();
            }
            if (lineEnd == lineStart) { // blank line (trailing space is already gone)
                if (paragraphStart >= 0) {
                    passages.add(paragraph(block, base, paragraphStart, paragraphEnd));
                    paragraphStart = -1;
                }
            } else {
                if (paragraphStart < 0) {
                    paragraphStart = lineStart;
                }
                paragraphEnd = lineEnd;
            }
            lineStart = lineEnd + 1;
        }
        if (paragraphStart >= 0) {
            passages.add(paragraph(block, base, paragraphStart, paragraphEnd));
        }
    }

    private static Passage paragraph(String block, int base, int start, int end) {
        while (start < end && TextNormalizer.isTrailingSpace(block.charAt(start))) {
            start++; // indentation is layout, not part of the paragraph
        }
        return new Passage(Passage.Kind.PARAGRAPH, base + start, base + end);
    }

    /** Starts a page; the blocks added until {@link #endPage()} belong to it. */
    public PassageTextBuilder startPage() {
        endPage();
        pageStart = Integer.MIN_VALUE; // set by the page's first block
        return this;
    }

    /** Ends the current page, if any. */
    public PassageTextBuilder endPage() {
        if (pageStart == Integer.MIN_VALUE) {
            passages.add(new Passage(Passage.Kind.PAGE, text.length(), text.length()));
        } else if (pageStart >= 0) {
            passages.add(new Passage(Passage.Kind.PAGE, pageStart, text.length()));
        }
        pageStart = -1;
        return this;
    }

    /** The number of characters assembled so far. */
    public int length() {
        return text.length();
    }

    public String text() {
        return text.toString();
    }

    /** The passages so far, ordered by start offset, pages before the paragraphs they contain. */
    public List<Passage> passages() {
        endPage();
        List<Passage> sorted = new ArrayList<>(passages);
        sorted.sort(Comparator.comparingInt(Passage::start).thenComparing(Passage::kind,
                Comparator.comparing(k -> k == Passage.Kind.PAGE ? 0 : 1)));
        return sorted;
    }

    public ExtractedDocument build(DocumentMetadata metadata) {
        return new ExtractedDocument(text(), metadata, passages());
    }
}
