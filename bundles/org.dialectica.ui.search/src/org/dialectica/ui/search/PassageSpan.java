package org.dialectica.ui.search;

import org.dialectica.index.SearchHit;

/** Where in the stored text a passage hit's snippet (the sentences that matched) lies. */
final class PassageSpan {

    private PassageSpan() {
    }

    /**
     * The span of the hit's snippet in {@code text}, looked for from the passage's start; the first match when the
     * snippet cannot be found verbatim (snippets may leave out paragraph breaks).
     */
    static int[] of(String text, SearchHit hit) {
        String snippet = hit.snippet().text().strip();
        int passageStart = passageStart(hit);
        int at = snippet.isEmpty() ? -1 : text.indexOf(snippet, Math.max(0, Math.min(passageStart, text.length())));
        if (at >= 0) {
            return new int[] { at, at + snippet.length() };
        }
        return new int[] { hit.start(), hit.end() };
    }

    /** Passage ids are {@code sourceId@start}. */
    private static int passageStart(SearchHit hit) {
        int at = hit.id().lastIndexOf('@');
        try {
            return at < 0 ? hit.start() : Integer.parseInt(hit.id().substring(at + 1));
        } catch (NumberFormatException e) {
            return hit.start();
        }
    }
}
