package org.dialectica.model.validation;

import java.util.Optional;

import org.dialectica.model.util.DialecticaValidator;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * The rules a well-formed Dialectica model obeys beyond its multiplicities and types, each with
 * the diagnostic code it reports under (source {@link DialecticaValidator#DIAGNOSTIC_SOURCE}).
 * Codes are stable: tools and tests may rely on them.
 */
public enum ModelRule {

    /** Every identifiable object has a non-blank id. */
    ID_PRESENT(1, Diagnostic.ERROR),
    /** No two objects in a project share an id (references are stored as ids). */
    IDS_UNIQUE(2, Diagnostic.ERROR),
    /** A source's sha256 is 64 lower-case hex digits: it names the source's text file. */
    SOURCE_SHA256_WELL_FORMED(3, Diagnostic.ERROR),
    /** An anchor spans at least one character: {@code 0 <= start < end}, and its quote is {@code end - start} long. */
    ANCHOR_OFFSETS_IN_ORDER(4, Diagnostic.ERROR),
    /** An anchor (not orphaned) ends inside its source's text. */
    ANCHOR_INSIDE_TEXT(5, Diagnostic.ERROR),
    /** An anchor's (not orphaned) quote is the text between its offsets. */
    ANCHOR_QUOTE_MATCHES(6, Diagnostic.ERROR),
    /** An inference has at least one premise. */
    INFERENCE_HAS_PREMISE(7, Diagnostic.ERROR),
    /** An inference has a conclusion. */
    INFERENCE_HAS_CONCLUSION(8, Diagnostic.ERROR),
    /** An inference does not conclude one of its own premises. */
    INFERENCE_NOT_CIRCULAR(9, Diagnostic.ERROR),
    /** Rebuttals and underminers target a claim; undercutters target an inference. */
    CONFLICT_TARGET_MATCHES_KIND(10, Diagnostic.ERROR),
    /** An underminer targets a claim that some inference uses as a premise. */
    CONFLICT_UNDERMINES_PREMISE(11, Diagnostic.WARNING),
    /** A claim does not attack itself. */
    CONFLICT_NOT_SELF_ATTACK(12, Diagnostic.ERROR),
    /** A preference relates two different nodes. */
    PREFERENCE_DISTINCT_NODES(13, Diagnostic.ERROR),
    /** Rephrasings do not go round in a circle (a claim is never, through rephrasings, its own original). */
    REPHRASE_NO_CYCLE(14, Diagnostic.ERROR),
    /** A critical question answered on an inference belongs to that inference's scheme. */
    ANSWER_QUESTION_OF_SCHEME(15, Diagnostic.ERROR);

    private final int code;
    private final int severity;

    ModelRule(int code, int severity) {
        this.code = code;
        this.severity = severity;
    }

    /** The diagnostic code. */
    public int code() {
        return code;
    }

    /** The severity of a violation: {@link Diagnostic#ERROR} or {@link Diagnostic#WARNING}. */
    public int severity() {
        return severity;
    }

    /** The rule a diagnostic reports, if it is one of these. */
    public static Optional<ModelRule> of(Diagnostic diagnostic) {
        if (!DialecticaValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
            return Optional.empty();
        }
        for (ModelRule rule : values()) {
            if (rule.code == diagnostic.getCode()) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
