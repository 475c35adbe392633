package org.dialectica.core.queries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.dialectica.model.AnchorState;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.Element;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Node;
import org.dialectica.model.Project;
import org.dialectica.model.Source;
import org.dialectica.model.TextAnchor;

/**
 * Structural questions about a project's argument model, asked by the workbench, the index's {@code is:}
 * filters and the command line alike. Read-only; all answers are computed from the model as it is now.
 */
public final class ArgumentQueries {

    private final Project project;

    public ArgumentQueries(Project project) {
        this.project = project;
    }

    /** Anchors of claims and issues in {@code source}, in text order. */
    public List<AnchoredElement> anchorsIn(Source source) {
        List<AnchoredElement> result = new ArrayList<>();
        anchoredElements().forEach(element -> anchorsOf(element).stream()
                .filter(anchor -> anchor.getSource() == source)
                .forEach(anchor -> result.add(new AnchoredElement(element, anchor))));
        result.sort(Comparator.comparingInt(AnchoredElement::start).thenComparingInt(AnchoredElement::end));
        return result;
    }

    /** The claims and issues of the project: the elements that can be anchored in text. */
    public Stream<Element> anchoredElements() {
        return Stream.concat(project.getIssues().stream(),
                project.getNodes().stream().filter(Claim.class::isInstance));
    }

    public static List<TextAnchor> anchorsOf(Element element) {
        if (element instanceof Claim claim) {
            return claim.getAnchors();
        }
        if (element instanceof Issue issue) {
            return issue.getAnchors();
        }
        return List.of();
    }

    public Stream<Inference> inferences() {
        return project.getNodes().stream().filter(Inference.class::isInstance).map(Inference.class::cast);
    }

    public Stream<Conflict> conflicts() {
        return project.getNodes().stream().filter(Conflict.class::isInstance).map(Conflict.class::cast);
    }

    /** Inferences whose conclusion is {@code claim}: the arguments for it. */
    public List<Inference> argumentsFor(Claim claim) {
        return inferences().filter(i -> i.getConclusion() == claim).toList();
    }

    /** Conflicts that attack {@code node} (a claim, or an inference for undercuts). */
    public List<Conflict> attacksOn(Node node) {
        return conflicts().filter(c -> c.getTarget() == node).toList();
    }

    /** Whether {@code claim} attacks something: an objection. */
    public boolean isObjection(Claim claim) {
        return conflicts().anyMatch(c -> c.getAttacker() == claim);
    }

    /** Objections nobody has answered: attackers that are not themselves attacked. */
    public List<Claim> unansweredObjections() {
        return conflicts().map(Conflict::getAttacker).distinct().filter(c -> attacksOn(c).isEmpty()).toList();
    }

    /** Claims that no inference concludes. */
    public List<Claim> unsupportedClaims() {
        return project.getNodes().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
                .filter(c -> argumentsFor(c).isEmpty()).toList();
    }

    /** Inferences with at least one critical question still open (see {@link #openQuestions}). */
    public List<Inference> inferencesWithOpenQuestions() {
        return inferences().filter(i -> !openQuestions(i).isEmpty()).toList();
    }

    /**
     * The critical questions of the inference's scheme that are not settled: nobody has answered them yet, or
     * their answer is still OPEN. ANSWERED and FAILED settle a question. The one definition used by the
     * workbench, the index's {@code is:open-cq} and the report.
     */
    public static List<CriticalQuestion> openQuestions(Inference inference) {
        if (inference.getScheme() == null) {
            return List.of();
        }
        return inference.getScheme().getCriticalQuestions().stream()
                .filter(question -> inference.getCriticalQuestionAnswers().stream()
                        .filter(answer -> answer.getQuestion() == question)
                        .allMatch(answer -> answer.getState() == CriticalQuestionState.OPEN))
                .toList();
    }

    /** Claims and issues with an anchor lost after its source changed. */
    public List<Element> orphans() {
        return anchoredElements().filter(e -> anchorsOf(e).stream()
                .anyMatch(a -> a.getState() == AnchorState.ORPHANED)).toList();
    }

    /** How many anchors point into {@code source}. */
    public long anchorCount(Source source) {
        return anchoredElements().flatMap(e -> anchorsOf(e).stream()).filter(a -> a.getSource() == source).count();
    }
}
