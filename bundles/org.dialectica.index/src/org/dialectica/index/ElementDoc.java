package org.dialectica.index;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A model element (claim, issue, inference, conflict, memo) as the index sees it.
 *
 * @param id         the element's model id
 * @param type       its kind; never {@link ElementType#PASSAGE}
 * @param text       searchable text (a claim's text; for an inference its premises and conclusion)
 * @param tags       tag names
 * @param scheme     argumentation scheme name (inferences), or {@code null}
 * @param sourceIds  ids of the sources the element is anchored in or derived from
 * @param attackKind conflict kind ({@code rebut}, {@code undermine}, {@code undercut}), or {@code null}
 * @param states     state words a user may filter by ({@code orphaned}, {@code open}, ...)
 * @param author     who created the element, or {@code null}
 * @param language   ISO 639-1 code of the text, or {@code null} for the default (English)
 */
public record ElementDoc(String id, ElementType type, String text, List<String> tags, String scheme,
        List<String> sourceIds, String attackKind, Set<String> states, String author, String language) {

    public ElementDoc {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (type == ElementType.PASSAGE) {
            throw new IllegalArgumentException("passages are indexed as PassageDoc, not ElementDoc");
        }
        text = text == null ? "" : text;
        tags = tags == null ? List.of() : List.copyOf(tags);
        sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    /** A minimal element: id, type and text. */
    public static ElementDoc of(String id, ElementType type, String text) {
        return new ElementDoc(id, type, text, List.of(), null, List.of(), null, Set.of(), null, null);
    }
}
