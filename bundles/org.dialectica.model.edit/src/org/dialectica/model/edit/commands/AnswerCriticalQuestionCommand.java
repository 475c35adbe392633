package org.dialectica.model.edit.commands;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.CriticalQuestionAnswer;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.DialecticaPackage.Literals;
import org.dialectica.model.Inference;
import org.dialectica.model.Node;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Records the answer to a critical question of an inference: its state and the node that answers it
 * (or none). Creates the answer when the inference has none for the question yet. Cannot execute for
 * a question that is not one of the inference's scheme, or an answering node of another project.
 * The result is the answer.
 */
public class AnswerCriticalQuestionCommand extends DialecticaCommand {

    private final DialecticaFactoryWithIds factory;
    private final Inference inference;
    private final CriticalQuestion question;
    private final CriticalQuestionState state;
    private final Node answeredBy;

    /** @param answeredBy may be {@code null}: answered without a node of the map */
    public AnswerCriticalQuestionCommand(EditingDomain domain, DialecticaFactoryWithIds factory, Inference inference,
            CriticalQuestion question, CriticalQuestionState state, Node answeredBy) {
        super(domain, "Answer critical question", "Records the answer to a critical question of an inference");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.inference = inference;
        this.question = question;
        this.state = state;
        this.answeredBy = answeredBy;
    }

    @Override
    protected boolean isValid() {
        return inference != null && question != null && state != null
                && inference.getScheme() != null && inference.getScheme().getCriticalQuestions().contains(question)
                && Models.projectOf(inference) != null
                && (answeredBy == null || (answeredBy != inference && Models.projectOf(answeredBy) == Models.projectOf(inference)));
    }

    @Override
    protected Collection<?> build(CompoundCommand steps) {
        CriticalQuestionAnswer answer = CriticalQuestions.answerTo(inference, question);
        if (answer == null) {
            answer = factory.createCriticalQuestionAnswer();
            answer.setQuestion(question);
            answer.setState(state);
            answer.setAnsweredBy(answeredBy);
            steps.append(AddCommand.create(domain, inference, Literals.INFERENCE__CRITICAL_QUESTION_ANSWERS, answer));
        } else {
            steps.append(SetCommand.create(domain, answer, Literals.CRITICAL_QUESTION_ANSWER__STATE, state));
            steps.append(SetCommand.create(domain, answer, Literals.CRITICAL_QUESTION_ANSWER__ANSWERED_BY, answeredBy));
        }
        return List.of(answer);
    }
}
