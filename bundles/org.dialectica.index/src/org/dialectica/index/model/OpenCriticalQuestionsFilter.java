package org.dialectica.index.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.CriticalQuestionAnswer;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.Inference;
import org.dialectica.model.Node;
import org.dialectica.model.Project;
import org.osgi.service.component.annotations.Component;

/**
 * {@code is:open-cq}: inferences whose scheme asks a critical question that is not yet settled (no
 * answer, or an answer still OPEN).
 */
@Component(service = org.dialectica.index.StructureFilter.class)
public final class OpenCriticalQuestionsFilter extends ModelStructureFilter {

    @Override
    public String name() {
        return "open-cq";
    }

    @Override
    public String description() {
        return "inferences with open critical questions";
    }

    @Override
    Set<String> matchingIds(Project project) {
        Set<String> ids = new HashSet<>();
        for (Node node : project.getNodes()) {
            if (node instanceof Inference inference && !openQuestions(inference).isEmpty()) {
                ids.add(inference.getId());
            }
        }
        return ids;
    }

    /** The critical questions of the inference's scheme not answered ANSWERED or FAILED. */
    static List<CriticalQuestion> openQuestions(Inference inference) {
        if (inference.getScheme() == null) {
            return List.of();
        }
        Set<CriticalQuestion> settled = new HashSet<>();
        for (CriticalQuestionAnswer answer : inference.getCriticalQuestionAnswers()) {
            if (answer.getState() != CriticalQuestionState.OPEN) {
                settled.add(answer.getQuestion());
            }
        }
        List<CriticalQuestion> open = new ArrayList<>(inference.getScheme().getCriticalQuestions());
        open.removeAll(settled);
        return open;
    }
}
