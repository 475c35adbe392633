package org.dialectica.index.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.dialectica.core.queries.ArgumentQueries;
import org.dialectica.index.ElementDoc;
import org.dialectica.index.ElementType;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.Element;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Memo;
import org.dialectica.model.Tag;
import org.dialectica.model.TextAnchor;

/**
 * Maps model elements to {@link ElementDoc}s: claims, issues, inferences, conflicts and memos.
 * Other elements (sources, schemes, tags, preferences, rephrases) are not searched as such.
 */
public final class ElementMapper {

    /** Joins an inference's premises and its conclusion in its indexed text. */
    static final String THEREFORE = " ⇒ ";

    private ElementMapper() {
    }

    /** The document of an element, or empty when elements of its kind are not indexed. */
    public static Optional<ElementDoc> toDoc(Element element) {
        if (element instanceof Claim claim) {
            return Optional.of(doc(claim, ElementType.CLAIM, claim.getText(), null, sources(claim.getAnchors()),
                    null, anchorStates(claim.getAnchors())));
        }
        if (element instanceof Issue issue) {
            return Optional.of(doc(issue, ElementType.ISSUE, issue.getText(), null, sources(issue.getAnchors()), null,
                    anchorStates(issue.getAnchors())));
        }
        if (element instanceof Inference inference) {
            return Optional.of(inference(inference));
        }
        if (element instanceof Conflict conflict) {
            Claim attacker = conflict.getAttacker();
            return Optional.of(doc(conflict, ElementType.CONFLICT, attacker == null ? "" : attacker.getText(), null,
                    attacker == null ? List.of() : sources(attacker.getAnchors()),
                    conflict.getKind().getLiteral().toLowerCase(Locale.ROOT), Set.of()));
        }
        if (element instanceof Memo memo) {
            return Optional.of(doc(memo, ElementType.MEMO, memo.getText(), null, List.of(), null, Set.of()));
        }
        return Optional.empty();
    }

    private static ElementDoc inference(Inference inference) {
        String premises = inference.getPremises().stream().map(Claim::getText).filter(t -> t != null)
                .collect(Collectors.joining("; "));
        Claim conclusion = inference.getConclusion();
        String text = premises + THEREFORE + (conclusion == null || conclusion.getText() == null ? "" : conclusion.getText());
        Set<String> sourceIds = new LinkedHashSet<>();
        inference.getPremises().forEach(p -> sourceIds.addAll(sources(p.getAnchors())));
        if (conclusion != null) {
            sourceIds.addAll(sources(conclusion.getAnchors()));
        }
        Set<String> states = new TreeSet<>();
        if (!ArgumentQueries.openQuestions(inference).isEmpty()) {
            states.add("open");
        }
        inference.getCriticalQuestionAnswers().forEach(a -> states.add(a.getState().getLiteral().toLowerCase(Locale.ROOT)));
        String scheme = inference.getScheme() == null ? null : inference.getScheme().getName();
        return doc(inference, ElementType.INFERENCE, text, scheme, List.copyOf(sourceIds), null, states);
    }

    private static ElementDoc doc(Element element, ElementType type, String text, String scheme, List<String> sourceIds,
            String attackKind, Set<String> states) {
        List<String> tags = element.getTags().stream().map(Tag::getName).filter(n -> n != null && !n.isBlank())
                .toList();
        return new ElementDoc(element.getId(), type, text, tags, scheme, sourceIds, attackKind, states,
                element.getAuthor(), null);
    }

    private static List<String> sources(List<TextAnchor> anchors) {
        List<String> ids = new ArrayList<>();
        for (TextAnchor anchor : anchors) {
            if (anchor.getSource() != null && anchor.getSource().getId() != null
                    && !ids.contains(anchor.getSource().getId())) {
                ids.add(anchor.getSource().getId());
            }
        }
        return ids;
    }

    private static Set<String> anchorStates(List<TextAnchor> anchors) {
        return anchors.stream().map(a -> a.getState().getLiteral().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
