package org.dialectica.cli.commands;

import java.util.EnumMap;
import java.util.Map;

import org.dialectica.model.AnchorState;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestionAnswer;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Node;
import org.dialectica.model.Preference;
import org.dialectica.model.Project;
import org.dialectica.model.Rephrase;
import org.dialectica.model.TextAnchor;
import org.dialectica.model.util.DialecticaSwitch;

/** Counts of a project's contents, as {@code dialectica stats} reports them. */
public record ModelStatistics(int sources, int claims, int inferences, Map<ConflictKind, Integer> conflictsByKind,
        int preferences, int rephrases, int issues, Map<AnchorState, Integer> anchorsByState, int schemes, int tags,
        int memos, Map<CriticalQuestionState, Integer> answersByState) {

    public int conflicts() {
        return sum(conflictsByKind);
    }

    public int anchors() {
        return sum(anchorsByState);
    }

    public int criticalQuestionAnswers() {
        return sum(answersByState);
    }

    /** Counts the contents of {@code project}. */
    public static ModelStatistics of(Project project) {
        Counter counter = new Counter();
        project.getNodes().forEach(counter::doSwitch);
        project.getIssues().forEach(counter::doSwitch);
        return new ModelStatistics(project.getSources().size(), counter.claims, counter.inferences, counter.conflicts,
                counter.preferences, counter.rephrases, project.getIssues().size(), counter.anchors,
                project.getSchemes().size(), project.getTags().size(), project.getMemos().size(), counter.answers);
    }

    private static <K> int sum(Map<K, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static <K extends Enum<K>> Map<K, Integer> zeros(Class<K> type) {
        Map<K, Integer> counts = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            counts.put(key, 0);
        }
        return counts;
    }

    /** One visit per node or issue; the switch keeps the per-class counting in one place. */
    private static final class Counter extends DialecticaSwitch<Object> {
        int claims;
        int inferences;
        int preferences;
        int rephrases;
        final Map<ConflictKind, Integer> conflicts = zeros(ConflictKind.class);
        final Map<AnchorState, Integer> anchors = zeros(AnchorState.class);
        final Map<CriticalQuestionState, Integer> answers = zeros(CriticalQuestionState.class);

        @Override
        public Object caseClaim(Claim claim) {
            claims++;
            claim.getAnchors().forEach(this::count);
            return this;
        }

        @Override
        public Object caseIssue(Issue issue) {
            issue.getAnchors().forEach(this::count);
            return this;
        }

        @Override
        public Object caseInference(Inference inference) {
            inferences++;
            for (CriticalQuestionAnswer answer : inference.getCriticalQuestionAnswers()) {
                answers.merge(answer.getState(), 1, Integer::sum);
            }
            return this;
        }

        @Override
        public Object caseConflict(Conflict conflict) {
            conflicts.merge(conflict.getKind(), 1, Integer::sum);
            return this;
        }

        @Override
        public Object casePreference(Preference preference) {
            preferences++;
            return this;
        }

        @Override
        public Object caseRephrase(Rephrase rephrase) {
            rephrases++;
            return this;
        }

        @Override
        public Object caseNode(Node node) {
            return this; // a node class added later is not counted until it is named here
        }

        private void count(TextAnchor anchor) {
            anchors.merge(anchor.getState(), 1, Integer::sum);
        }
    }
}
