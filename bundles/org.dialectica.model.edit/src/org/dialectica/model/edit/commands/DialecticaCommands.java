package org.dialectica.model.edit.commands;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.dialectica.model.AnchorState;
import org.dialectica.model.Claim;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.Element;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Node;
import org.dialectica.model.Project;
import org.dialectica.model.Scheme;
import org.dialectica.model.Source;
import org.dialectica.model.Tag;
import org.dialectica.model.TextAnchor;
import org.dialectica.model.edit.DialecticaEditingDomain;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * One static factory method per user action, so callers write
 * {@code domain.getCommandStack().execute(DialecticaCommands.annotateClaim(domain, source, text, start, end, null))}.
 * Each returns the command without executing it: check {@link Command#canExecute()} to enable an
 * action, execute it on the domain's command stack to apply it undoably. Elements are created with
 * the domain's {@link DialecticaEditingDomain#elementFactory() element factory} (id, time, author).
 *
 * @throws IllegalArgumentException (from the methods that create elements) when {@code domain} is not a
 *         {@link DialecticaEditingDomain}
 */
public final class DialecticaCommands {

    private DialecticaCommands() {
    }

    private static DialecticaFactoryWithIds factory(EditingDomain domain) {
        return DialecticaEditingDomain.elementFactoryOf(domain);
    }

    /**
     * A claim stating the span {@code [start, end)} of {@code sourceText}, the extracted text of {@code source}.
     *
     * @param claimText the claim's text; {@code null} takes the quote
     * @throws IllegalArgumentException when the span is not inside the text
     */
    public static AnnotateSpanCommand annotateClaim(EditingDomain domain, Source source, CharSequence sourceText, int start,
            int end, String claimText) {
        return annotate(domain, AnnotateSpanCommand.Kind.CLAIM, TextSpan.of(source, sourceText, start, end), claimText);
    }

    /** An issue (question) raised by the span {@code [start, end)} of {@code sourceText}; see {@link #annotateClaim}. */
    public static AnnotateSpanCommand annotateIssue(EditingDomain domain, Source source, CharSequence sourceText, int start,
            int end, String issueText) {
        return annotate(domain, AnnotateSpanCommand.Kind.ISSUE, TextSpan.of(source, sourceText, start, end), issueText);
    }

    /** A claim or issue anchored on {@code span}. */
    public static AnnotateSpanCommand annotate(EditingDomain domain, AnnotateSpanCommand.Kind kind, TextSpan span, String text) {
        return new AnnotateSpanCommand(domain, factory(domain), kind, span, text);
    }

    /** An inference from {@code premises} to {@code conclusion}; {@code scheme} may be {@code null}. */
    public static CreateInferenceCommand createInference(EditingDomain domain, Collection<Claim> premises, Claim conclusion,
            Scheme scheme) {
        return new CreateInferenceCommand(domain, factory(domain), premises, conclusion, scheme);
    }

    /** A conflict: {@code attacker} rebuts or undermines a claim, or undercuts an inference. */
    public static AttackCommand attack(EditingDomain domain, Claim attacker, Node target, ConflictKind kind) {
        return new AttackCommand(domain, factory(domain), attacker, target, kind);
    }

    /** The answer to {@code question} of {@code inference}; {@code answeredBy} may be {@code null}. */
    public static AnswerCriticalQuestionCommand answerCriticalQuestion(EditingDomain domain, Inference inference,
            CriticalQuestion question, CriticalQuestionState state, Node answeredBy) {
        return new AnswerCriticalQuestionCommand(domain, factory(domain), inference, question, state, answeredBy);
    }

    /** Changes the scheme of {@code inference} ({@code null}: none), replacing its critical-question answers. */
    public static SetSchemeCommand setScheme(EditingDomain domain, Inference inference, Scheme scheme) {
        return new SetSchemeCommand(domain, factory(domain), inference, scheme);
    }

    /** Tags {@code elements} with the tag named {@code tagName}, created if the project has none. */
    public static TagCommand tag(EditingDomain domain, String tagName, Collection<? extends Element> elements) {
        return TagCommand.add(domain, factory(domain), tagName, elements);
    }

    /** Removes {@code tag} from {@code elements}. */
    public static TagCommand untag(EditingDomain domain, Tag tag, Collection<? extends Element> elements) {
        return TagCommand.remove(domain, tag, elements);
    }

    /** A memo in {@code project} about {@code about} (may be empty). */
    public static MemoCommand memo(EditingDomain domain, Project project, String text, Collection<? extends Element> about) {
        return new MemoCommand(domain, factory(domain), project, text, about);
    }

    /** Makes {@code claim} a position on {@code issue}. */
    public static AddPositionCommand addPosition(EditingDomain domain, Issue issue, Claim claim) {
        return new AddPositionCommand(domain, issue, claim);
    }

    /** Prefers {@code preferred} over {@code dispreferred}. */
    public static CreatePreferenceCommand prefer(EditingDomain domain, Node preferred, Node dispreferred) {
        return new CreatePreferenceCommand(domain, factory(domain), preferred, dispreferred);
    }

    /** Records that {@code rephrasing} restates {@code original}. */
    public static CreateRephraseCommand rephrase(EditingDomain domain, Claim original, Claim rephrasing) {
        return new CreateRephraseCommand(domain, factory(domain), original, rephrasing);
    }

    /** Merges {@code merged} into {@code kept}; see {@link MergeClaimsCommand}. */
    public static MergeClaimsCommand mergeClaims(EditingDomain domain, Claim kept, Claim merged) {
        return new MergeClaimsCommand(domain, factory(domain), kept, merged);
    }

    /** Deletes {@code elements} and what cannot exist without them; see {@link DeleteElementsCommand}. */
    public static DeleteElementsCommand delete(EditingDomain domain, Collection<? extends EObject> elements) {
        return new DeleteElementsCommand(domain, elements);
    }

    /** Deletes one element and what cannot exist without it. */
    public static DeleteElementsCommand delete(EditingDomain domain, EObject element) {
        return new DeleteElementsCommand(domain, List.of(element));
    }

    /** Sets the text, name or label users name {@code object} by; see {@link RenameCommand}. */
    public static RenameCommand rename(EditingDomain domain, EObject object, String text) {
        return new RenameCommand(domain, object, text);
    }

    /** Marks {@code anchor} as anchored, moved or orphaned, without moving it. */
    public static SetAnchorStateCommand setAnchorState(EditingDomain domain, TextAnchor anchor, AnchorState state) {
        return new SetAnchorStateCommand(domain, anchor, state);
    }

    /** Moves {@code anchor} to {@code span} (of the same source) with {@code state}. */
    public static ReanchorCommand reanchor(EditingDomain domain, TextAnchor anchor, TextSpan span, AnchorState state) {
        return new ReanchorCommand(domain, anchor, span, state);
    }

    /**
     * Sets {@code feature} of {@code owner} to {@code value}, or nothing when it already has that value, so that a
     * compound change built from several of these stays empty (and is not executed) when nothing changes.
     */
    public static Optional<Command> setIfChanged(EditingDomain domain, EObject owner, EStructuralFeature feature,
            Object value) {
        return Objects.equals(owner.eGet(feature), value) ? Optional.empty()
                : Optional.of(SetCommand.create(domain, owner, feature, value));
    }
}
