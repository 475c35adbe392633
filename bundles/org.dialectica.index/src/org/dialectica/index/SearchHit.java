package org.dialectica.index;

import java.util.List;

/**
 * One search result.
 *
 * @param type     {@link ElementType#PASSAGE} for source text, else the element's type
 * @param id       passage id ({@code sourceId@start}) or element id
 * @param sourceId the passage's source, or the first source of an element (may be {@code null})
 * @param start    for passages: offset in the stored source text of the first match (of the passage
 *                 start when nothing was highlighted); {@code -1} for elements
 * @param end      end of that match (or of the passage), exclusive; {@code -1} for elements
 * @param matches  all highlighted matches, as offsets in the stored source text (passages only)
 * @param snippet  a highlighted excerpt
 * @param score    relevance, only comparable within one result
 */
public record SearchHit(ElementType type, String id, String sourceId, int start, int end, List<Span> matches,
        Snippet snippet, float score) {

    public SearchHit {
        matches = List.copyOf(matches);
    }

    public boolean isPassage() {
        return type == ElementType.PASSAGE;
    }
}
