package org.dialectica.model.validation;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.dialectica.model.AnchorState;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.CriticalQuestionAnswer;
import org.dialectica.model.Identifiable;
import org.dialectica.model.Inference;
import org.dialectica.model.Node;
import org.dialectica.model.Preference;
import org.dialectica.model.Project;
import org.dialectica.model.Rephrase;
import org.dialectica.model.Source;
import org.dialectica.model.TextAnchor;
import org.dialectica.model.util.DialecticaValidator;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The bodies of the constraints declared in {@code dialectica.ecore}. The generated
 * {@link DialecticaValidator} calls these from its few {@code @generated NOT} methods, so that the
 * rules live in hand-written code that regeneration never touches.
 *
 * <p>Every method follows the EMF validator contract: report into {@code diagnostics} when it is
 * not {@code null}, and return {@code false} if the object violates the rule at error severity.
 * Messages name the offending elements by id, so a report can be traced back to the file.
 * Checks that need the whole model (premise use, rephrase cycles) compute it once per validation
 * run and keep it in the {@code context} map.
 */
public final class DialecticaConstraints {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private DialecticaConstraints() {
    }

    public static boolean idPresent(Identifiable object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (object.getId() != null && !object.getId().isBlank()) {
            return true;
        }
        return report(ModelRule.ID_PRESENT, diagnostics,
                "The " + typeOf(object) + " at " + EcoreUtil.getURI(object).fragment() + " has no id.", object);
    }

    public static boolean idsUnique(Project project, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Map<String, Identifiable> firstById = new HashMap<>();
        boolean valid = true;
        for (TreeIterator<EObject> contents = project.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Identifiable object && object.getId() != null) {
                Identifiable first = firstById.putIfAbsent(object.getId(), object);
                if (first != null) {
                    valid = report(ModelRule.IDS_UNIQUE, diagnostics, "The id " + object.getId() + " is used by "
                            + typeOf(first) + " and " + typeOf(object) + "; ids must be unique in a project.",
                            object, first);
                }
            }
        }
        return valid;
    }

    public static boolean sha256WellFormed(Source source, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (source.getSha256() != null && SHA256.matcher(source.getSha256()).matches()) {
            return true;
        }
        return report(ModelRule.SOURCE_SHA256_WELL_FORMED, diagnostics, "Source " + source.getId() + " has sha256 '"
                + source.getSha256() + "', which is not 64 lower-case hex digits, so its text cannot be found.", source);
    }

    public static boolean offsetsInOrder(TextAnchor anchor, DiagnosticChain diagnostics, Map<Object, Object> context) {
        int start = anchor.getStart();
        int end = anchor.getEnd();
        if (start < 0 || start >= end) {
            return report(ModelRule.ANCHOR_OFFSETS_IN_ORDER, diagnostics, describeAnchor(anchor)
                    + " spans [" + start + ", " + end + "); it must satisfy 0 <= start < end.", anchor);
        }
        if (anchor.getExact() != null && anchor.getExact().length() != end - start) {
            return report(ModelRule.ANCHOR_OFFSETS_IN_ORDER, diagnostics, describeAnchor(anchor) + " spans "
                    + (end - start) + " characters but its quote has " + anchor.getExact().length() + ".", anchor);
        }
        return true;
    }

    public static boolean quoteMatchesSource(TextAnchor anchor, DiagnosticChain diagnostics, Map<Object, Object> context) {
        // Orphaned anchors are known not to match; malformed offsets are reported by offsetsInOrder.
        if (anchor.getState() == AnchorState.ORPHANED || anchor.getSource() == null
                || anchor.getStart() < 0 || anchor.getStart() >= anchor.getEnd()
                || anchor.getExact() != null && anchor.getExact().length() != anchor.getEnd() - anchor.getStart()) {
            return true;
        }
        Optional<? extends CharSequence> text = SourceTextProvider.from(context)
                .flatMap(provider -> provider.textOf(anchor.getSource()));
        if (text.isEmpty()) {
            return true;
        }
        CharSequence sourceText = text.get();
        if (anchor.getEnd() > sourceText.length()) {
            return report(ModelRule.ANCHOR_INSIDE_TEXT, diagnostics, describeAnchor(anchor) + " ends at "
                    + anchor.getEnd() + " but the text of source " + anchor.getSource().getId() + " has "
                    + sourceText.length() + " characters.", anchor, anchor.getSource());
        }
        if (anchor.getExact() != null
                && !anchor.getExact().contentEquals(sourceText.subSequence(anchor.getStart(), anchor.getEnd()))) {
            return report(ModelRule.ANCHOR_QUOTE_MATCHES, diagnostics, describeAnchor(anchor) + " quotes \""
                    + abbreviate(anchor.getExact()) + "\" but the text of source " + anchor.getSource().getId()
                    + " there reads \"" + abbreviate(sourceText.subSequence(anchor.getStart(), anchor.getEnd()))
                    + "\".", anchor, anchor.getSource());
        }
        return true;
    }

    public static boolean premisesAndConclusion(Inference inference, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        if (inference.getPremises().isEmpty()) {
            valid = report(ModelRule.INFERENCE_HAS_PREMISE, diagnostics,
                    "Inference " + inference.getId() + " has no premise.", inference);
        }
        if (inference.getConclusion() == null) {
            valid = report(ModelRule.INFERENCE_HAS_CONCLUSION, diagnostics,
                    "Inference " + inference.getId() + " has no conclusion.", inference);
        } else if (inference.getPremises().contains(inference.getConclusion())) {
            valid = report(ModelRule.INFERENCE_NOT_CIRCULAR, diagnostics, "Inference " + inference.getId()
                    + " concludes its own premise, claim " + inference.getConclusion().getId() + ".",
                    inference, inference.getConclusion());
        }
        return valid;
    }

    public static boolean targetMatchesKind(Conflict conflict, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Node target = conflict.getTarget();
        if (target == null) {
            return true; // reported as a multiplicity violation
        }
        ConflictKind kind = conflict.getKind();
        boolean undercut = kind == ConflictKind.UNDERCUT;
        if (undercut ? !(target instanceof Inference) : !(target instanceof Claim)) {
            return report(ModelRule.CONFLICT_TARGET_MATCHES_KIND, diagnostics, "Conflict " + conflict.getId() + " is "
                    + article(kind) + " so it must target " + (undercut ? "an inference" : "a claim") + ", but its target "
                    + target.getId() + " is " + article(target.eClass().getName()) + ".", conflict, target);
        }
        if (kind == ConflictKind.UNDERMINE && !premisesIn(conflict, context).contains(target)) {
            // A warning: the inference using the claim may simply not be recorded yet.
            report(ModelRule.CONFLICT_UNDERMINES_PREMISE, diagnostics, "Conflict " + conflict.getId()
                    + " undermines claim " + target.getId() + ", which no inference uses as a premise;"
                    + " attacking a claim that is not a premise is a rebuttal.", conflict, target);
        }
        return true;
    }

    public static boolean noSelfAttack(Conflict conflict, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (conflict.getAttacker() == null || conflict.getAttacker() != conflict.getTarget()) {
            return true;
        }
        return report(ModelRule.CONFLICT_NOT_SELF_ATTACK, diagnostics, "Conflict " + conflict.getId()
                + " has claim " + conflict.getAttacker().getId() + " attack itself.", conflict, conflict.getAttacker());
    }

    public static boolean distinctNodes(Preference preference, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (preference.getPreferred() == null || preference.getPreferred() != preference.getDispreferred()) {
            return true;
        }
        return report(ModelRule.PREFERENCE_DISTINCT_NODES, diagnostics, "Preference " + preference.getId()
                + " prefers node " + preference.getPreferred().getId() + " over itself.", preference, preference.getPreferred());
    }

    public static boolean noCycle(Rephrase rephrase, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Claim original = rephrase.getOriginal();
        Claim rephrasing = rephrase.getRephrasing();
        if (original == null || rephrasing == null) {
            return true;
        }
        if (original == rephrasing) {
            return report(ModelRule.REPHRASE_NO_CYCLE, diagnostics, "Rephrase " + rephrase.getId() + " has claim "
                    + original.getId() + " rephrase itself.", rephrase, original);
        }
        // This rephrase closes a cycle when its original is itself reached by rephrasing from its rephrasing.
        Map<Claim, List<Claim>> rephrasingsOf = rephrasingsIn(rephrase, context);
        Set<Claim> seen = new HashSet<>();
        Deque<Claim> toVisit = new ArrayDeque<>(List.of(rephrasing));
        while (!toVisit.isEmpty()) {
            Claim claim = toVisit.pop();
            if (claim == original) {
                return report(ModelRule.REPHRASE_NO_CYCLE, diagnostics, "Rephrase " + rephrase.getId()
                        + " closes a cycle: claim " + original.getId() + " is, through rephrasings, a rephrasing of its own"
                        + " rephrasing " + rephrasing.getId() + ".", rephrase, original, rephrasing);
            }
            if (seen.add(claim)) {
                toVisit.addAll(rephrasingsOf.getOrDefault(claim, List.of()));
            }
        }
        return true;
    }

    public static boolean questionOfScheme(CriticalQuestionAnswer answer, DiagnosticChain diagnostics, Map<Object, Object> context) {
        CriticalQuestion question = answer.getQuestion();
        if (question == null || !(answer.eContainer() instanceof Inference inference)) {
            return true;
        }
        if (inference.getScheme() == null || question.eContainer() != inference.getScheme()) {
            return report(ModelRule.ANSWER_QUESTION_OF_SCHEME, diagnostics, "Inference " + inference.getId()
                    + " answers critical question " + question.getId() + ", which is not a question of its scheme "
                    + (inference.getScheme() == null ? "(it has none)" : inference.getScheme().getId()) + ".",
                    answer, inference, question);
        }
        return true;
    }

    // --- whole-model facts, computed once per validation run ---------------------------------

    private record Cached(EObject root, String fact) {
    }

    private static Set<Claim> premisesIn(EObject anyObject, Map<Object, Object> context) {
        return cached(anyObject, "premises", context, root -> {
            Set<Claim> premises = new HashSet<>();
            for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
                if (contents.next() instanceof Inference inference) {
                    premises.addAll(inference.getPremises());
                    contents.prune(); // inferences contain no inferences
                }
            }
            return premises;
        });
    }

    private static Map<Claim, List<Claim>> rephrasingsIn(EObject anyObject, Map<Object, Object> context) {
        return cached(anyObject, "rephrasings", context, root -> {
            Map<Claim, List<Claim>> rephrasingsOf = new LinkedHashMap<>();
            for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
                if (contents.next() instanceof Rephrase rephrase && rephrase.getOriginal() != null
                        && rephrase.getRephrasing() != null) {
                    rephrasingsOf.computeIfAbsent(rephrase.getOriginal(), key -> new java.util.ArrayList<>())
                            .add(rephrase.getRephrasing());
                    contents.prune();
                }
            }
            return Collections.unmodifiableMap(rephrasingsOf);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T cached(EObject anyObject, String fact, Map<Object, Object> context, Function<EObject, T> compute) {
        EObject root = EcoreUtil.getRootContainer(anyObject);
        if (context == null) {
            return compute.apply(root);
        }
        return (T) context.computeIfAbsent(new Cached(root, fact), key -> compute.apply(root));
    }

    // --- reporting -----------------------------------------------------------------------------

    /** Reports a violation of {@code rule}; returns whether the object is still valid (true for warnings). */
    private static boolean report(ModelRule rule, DiagnosticChain diagnostics, String message, Object... data) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(rule.severity(), DialecticaValidator.DIAGNOSTIC_SOURCE, rule.code(),
                    message, data));
        }
        return rule.severity() < org.eclipse.emf.common.util.Diagnostic.ERROR;
    }

    private static String describeAnchor(TextAnchor anchor) {
        String owner = anchor.eContainer() instanceof Identifiable container
                ? " of " + typeOf(container) + " " + container.getId()
                : "";
        return "Anchor " + anchor.getId() + owner;
    }

    private static String typeOf(EObject object) {
        return object.eClass().getName();
    }

    private static String article(Object word) {
        String text = word.toString();
        return ("AEIOU".indexOf(Character.toUpperCase(text.charAt(0))) >= 0 ? "an " : "a ") + text;
    }

    private static String abbreviate(CharSequence text) {
        return text.length() <= 60 ? text.toString() : text.subSequence(0, 57) + "...";
    }
}
