package org.dialectica.index.model;

import java.util.HashSet;
import java.util.Set;

import org.dialectica.core.queries.ArgumentQueries;
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
            if (node instanceof Inference inference && !ArgumentQueries.openQuestions(inference).isEmpty()) {
                ids.add(inference.getId());
            }
        }
        return ids;
    }

}
