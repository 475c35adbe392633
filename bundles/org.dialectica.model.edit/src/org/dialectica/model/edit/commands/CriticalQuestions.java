package org.dialectica.model.edit.commands;

import java.util.List;

import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.CriticalQuestionAnswer;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.Inference;
import org.dialectica.model.Scheme;
import org.dialectica.model.util.DialecticaFactoryWithIds;

/** The critical-question answers an inference carries for its scheme. */
final class CriticalQuestions {

    private CriticalQuestions() {
    }

    /** One new OPEN answer per critical question of {@code scheme}, in the scheme's order. */
    static List<CriticalQuestionAnswer> openAnswers(DialecticaFactoryWithIds factory, Scheme scheme) {
        return scheme.getCriticalQuestions().stream().map(question -> {
            CriticalQuestionAnswer answer = factory.createCriticalQuestionAnswer();
            answer.setQuestion(question);
            answer.setState(CriticalQuestionState.OPEN);
            return answer;
        }).toList();
    }

    /** The answer {@code inference} holds for {@code question}, or {@code null}. */
    static CriticalQuestionAnswer answerTo(Inference inference, CriticalQuestion question) {
        for (CriticalQuestionAnswer answer : inference.getCriticalQuestionAnswers()) {
            if (answer.getQuestion() == question) {
                return answer;
            }
        }
        return null;
    }
}
