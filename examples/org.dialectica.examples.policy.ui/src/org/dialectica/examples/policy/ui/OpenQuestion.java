package org.dialectica.examples.policy.ui;

import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.Inference;
import org.dialectica.model.edit.DialecticaLabels;

/** One row of the Open questions view: a critical question still open on one argument. */
public record OpenQuestion(Inference inference, CriticalQuestion question) {

    /** The question as its scheme words it. */
    public String questionText() {
        return question.getText() == null ? "?" : DialecticaLabels.abbreviate(question.getText(), 200);
    }

    /** The argument, named by its conclusion (up to {@link DialecticaLabels#MAX_LENGTH} characters). */
    public String argumentText() {
        return inference.getConclusion() == null ? "?" : DialecticaLabels.text(inference.getConclusion());
    }

    /** The scheme's label. */
    public String schemeText() {
        return DialecticaLabels.text(inference.getScheme());
    }
}
