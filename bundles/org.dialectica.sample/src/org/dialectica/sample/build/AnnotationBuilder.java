package org.dialectica.sample.build;

import java.util.List;

import org.dialectica.model.AnchorState;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestionAnswer;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.Element;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Memo;
import org.dialectica.model.Node;
import org.dialectica.model.Preference;
import org.dialectica.model.Project;
import org.dialectica.model.Rephrase;
import org.dialectica.model.Source;
import org.dialectica.model.Tag;
import org.dialectica.model.TextAnchor;

/**
 * Adds keyed, anchored elements to a project with one source, the way an annotator would: a claim
 * is a quote found in the source's stored text (plus the annotator's wording), an inference links
 * claims under a scheme, and so on. Quotes must occur in the text exactly once, so a change to the
 * article that moves or removes a quote fails the build instead of anchoring somewhere else.
 */
final class AnnotationBuilder {

    /** Characters of context stored before and after a quote (TextQuoteSelector prefix/suffix). */
    private static final int CONTEXT = 32;

    private final KeyedFactory factory;
    private final Project project;
    private final Source source;
    private final String text;
    private final WaltonSchemes schemes;

    AnnotationBuilder(KeyedFactory factory, Project project, Source source, String text, WaltonSchemes schemes) {
        this.factory = factory;
        this.project = project;
        this.source = source;
        this.text = text;
        this.schemes = schemes;
    }

    Tag tag(String name, String color) {
        Tag tag = factory.key(factory.createTag(), "tag/" + name);
        tag.setName(name);
        tag.setColor(color);
        project.getTags().add(tag);
        return tag;
    }

    /** A claim stated in the source at {@code quote}; {@code quote} may be {@code null} for the analyst's own wording. */
    Claim claim(String key, String wording, String quote) {
        Claim claim = factory.key(factory.createClaim(), "claim/" + key);
        claim.setText(wording);
        if (quote != null) {
            claim.getAnchors().add(anchor("claim/" + key, quote));
        }
        project.getNodes().add(claim);
        return claim;
    }

    Issue issue(String key, String question, String quote, Claim... positions) {
        Issue issue = factory.key(factory.createIssue(), "issue/" + key);
        issue.setText(question);
        issue.getAnchors().add(anchor("issue/" + key, quote));
        issue.getPositions().addAll(List.of(positions));
        project.getIssues().add(issue);
        return issue;
    }

    /** An inference under {@code schemeName} ({@code null}: no scheme named yet). */
    Inference inference(String key, String schemeName, Claim conclusion, Claim... premises) {
        Inference inference = factory.key(factory.createInference(), "inference/" + key);
        inference.getPremises().addAll(List.of(premises));
        inference.setConclusion(conclusion);
        if (schemeName != null) {
            inference.setScheme(schemes.get(schemeName));
        }
        project.getNodes().add(inference);
        return inference;
    }

    /** Records the state of one critical question of {@code inference}'s scheme, with the node that answers it. */
    CriticalQuestionAnswer answer(Inference inference, String questionKey, CriticalQuestionState state, Node answeredBy,
            String note) {
        CriticalQuestionAnswer answer = factory.createCriticalQuestionAnswer();
        answer.setQuestion(schemes.question(inference.getScheme().getName(), questionKey));
        answer.setState(state);
        answer.setAnsweredBy(answeredBy);
        answer.setNote(note);
        inference.getCriticalQuestionAnswers().add(answer);
        return answer;
    }

    Conflict conflict(String key, ConflictKind kind, Claim attacker, Node target) {
        Conflict conflict = factory.key(factory.createConflict(), "conflict/" + key);
        conflict.setKind(kind);
        conflict.setAttacker(attacker);
        conflict.setTarget(target);
        project.getNodes().add(conflict);
        return conflict;
    }

    Preference preference(String key, Node preferred, Node dispreferred) {
        Preference preference = factory.key(factory.createPreference(), "preference/" + key);
        preference.setPreferred(preferred);
        preference.setDispreferred(dispreferred);
        project.getNodes().add(preference);
        return preference;
    }

    Rephrase rephrase(String key, Claim original, Claim rephrasing) {
        Rephrase rephrase = factory.key(factory.createRephrase(), "rephrase/" + key);
        rephrase.setOriginal(original);
        rephrase.setRephrasing(rephrasing);
        project.getNodes().add(rephrase);
        return rephrase;
    }

    Memo memo(String key, String note, Element... about) {
        Memo memo = factory.key(factory.createMemo(), "memo/" + key);
        memo.setText(note);
        memo.getAbout().addAll(List.of(about));
        project.getMemos().add(memo);
        return memo;
    }

    static void tagAll(Tag tag, Element... elements) {
        for (Element element : elements) {
            element.getTags().add(tag);
        }
    }

    private TextAnchor anchor(String ownerKey, String quote) {
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("Quote not in the article: " + quote);
        }
        if (text.indexOf(quote, start + 1) >= 0) {
            throw new IllegalArgumentException("Quote occurs more than once in the article: " + quote);
        }
        int end = start + quote.length();
        TextAnchor anchor = factory.key(factory.createTextAnchor(), ownerKey + "/anchor");
        anchor.setSource(source);
        anchor.setStart(start);
        anchor.setEnd(end);
        anchor.setExact(quote);
        anchor.setPrefix(text.substring(Math.max(0, start - CONTEXT), start));
        anchor.setSuffix(text.substring(end, Math.min(text.length(), end + CONTEXT)));
        anchor.setState(AnchorState.ANCHORED);
        return anchor;
    }
}
