package org.dialectica.model.edit;

import java.util.Locale;

import org.dialectica.model.AnchorState;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.CriticalQuestionAnswer;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Memo;
import org.dialectica.model.Preference;
import org.dialectica.model.Project;
import org.dialectica.model.Rephrase;
import org.dialectica.model.Scheme;
import org.dialectica.model.Source;
import org.dialectica.model.Tag;
import org.dialectica.model.TextAnchor;
import org.dialectica.model.util.DialecticaSwitch;
import org.eclipse.emf.ecore.EObject;

/**
 * The labels users see for model objects, in trees, lists, the inspector and undo menus. The
 * generated item providers delegate their {@code getText} here (marked {@code @generated NOT}), so
 * label logic lives in one hand-written class and regeneration never loses it.
 *
 * <p>A claim or issue shows its text; a relation shows the nodes it relates, e.g. "A rebuts B"; an
 * inference shows its scheme and conclusion. Texts of related nodes are abbreviated so that a label
 * stays one readable line.
 */
public final class DialecticaLabels {

    /** Longest label of a claim, issue or memo before it is cut with an ellipsis. */
    public static final int MAX_LENGTH = 120;
    /** Longest text of a node named inside another node's label. */
    public static final int MAX_REFERENCE_LENGTH = 40;

    private static final String NONE = "?";

    private DialecticaLabels() {
    }

    /** The label of any Dialectica model object; {@code String.valueOf} for other objects. */
    public static String text(Object object) {
        if (object instanceof EObject eObject) {
            String label = new Labeller(MAX_LENGTH).doSwitch(eObject);
            if (label != null) {
                return label;
            }
        }
        return String.valueOf(object);
    }

    /** The short label of {@code object} as named inside the label of another object. */
    public static String reference(Object object) {
        if (object == null) {
            return NONE;
        }
        if (object instanceof EObject eObject) {
            String label = new Labeller(MAX_REFERENCE_LENGTH).doSwitch(eObject);
            if (label != null) {
                return label;
            }
        }
        return String.valueOf(object);
    }

    /** "rebuts", "undermines" or "undercuts": how an attacker acts on its target. */
    public static String verb(ConflictKind kind) {
        return switch (kind == null ? ConflictKind.REBUT : kind) {
            case REBUT -> "rebuts";
            case UNDERMINE -> "undermines";
            case UNDERCUT -> "undercuts";
        };
    }

    /** {@code text} on one line, cut to {@code max} characters with a trailing ellipsis. */
    public static String abbreviate(String text, int max) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= max ? line : line.substring(0, Math.max(0, max - 1)).stripTrailing() + "…";
    }

    private static String orElse(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }

    private static String lowerCase(Enum<?> literal) {
        return literal.name().toLowerCase(Locale.ROOT);
    }

    /** One switch per label request: it carries the length limit of the label being built. */
    private static final class Labeller extends DialecticaSwitch<String> {

        private final int max;

        Labeller(int max) {
            this.max = max;
        }

        @Override
        public String caseProject(Project project) {
            return orElse(project.getName(), "Project");
        }

        @Override
        public String caseSource(Source source) {
            return abbreviate(orElse(source.getTitle(), orElse(source.getFileName(), "Source")), max);
        }

        @Override
        public String caseTextAnchor(TextAnchor anchor) {
            String quote = "“" + abbreviate(anchor.getExact(), max) + "”";
            return anchor.getState() == AnchorState.ANCHORED ? quote : quote + " (" + lowerCase(anchor.getState()) + ")";
        }

        @Override
        public String caseClaim(Claim claim) {
            return orElse(abbreviate(claim.getText(), max), "(empty claim)");
        }

        @Override
        public String caseIssue(Issue issue) {
            return orElse(abbreviate(issue.getText(), max), "(empty issue)");
        }

        @Override
        public String caseInference(Inference inference) {
            Scheme scheme = inference.getScheme();
            String name = scheme == null ? "Inference" : doSwitch(scheme);
            return name + " → " + reference(inference.getConclusion());
        }

        @Override
        public String caseConflict(Conflict conflict) {
            return reference(conflict.getAttacker()) + " " + verb(conflict.getKind()) + " " + reference(conflict.getTarget());
        }

        @Override
        public String casePreference(Preference preference) {
            return reference(preference.getPreferred()) + " preferred to " + reference(preference.getDispreferred());
        }

        @Override
        public String caseRephrase(Rephrase rephrase) {
            return reference(rephrase.getRephrasing()) + " rephrases " + reference(rephrase.getOriginal());
        }

        @Override
        public String caseScheme(Scheme scheme) {
            return orElse(scheme.getLabel(), orElse(scheme.getName(), "Scheme"));
        }

        @Override
        public String caseCriticalQuestion(CriticalQuestion question) {
            return orElse(abbreviate(question.getText(), max), "(empty question)");
        }

        @Override
        public String caseCriticalQuestionAnswer(CriticalQuestionAnswer answer) {
            CriticalQuestion question = answer.getQuestion();
            String asked = question == null ? NONE : abbreviate(question.getText(), max);
            CriticalQuestionState state = answer.getState();
            String label = asked + " — " + lowerCase(state);
            return answer.getAnsweredBy() == null ? label : label + " by " + reference(answer.getAnsweredBy());
        }

        @Override
        public String caseTag(Tag tag) {
            return orElse(tag.getName(), "(unnamed tag)");
        }

        @Override
        public String caseMemo(Memo memo) {
            return orElse(abbreviate(memo.getText(), max), "(empty memo)");
        }
    }
}
