package org.dialectica.index.model;

import java.util.HashSet;
import java.util.Set;

import org.dialectica.model.Conflict;
import org.dialectica.model.Node;
import org.dialectica.model.Project;
import org.osgi.service.component.annotations.Component;

/**
 * {@code is:unanswered}: objections nobody has answered, i.e. conflicts such that no other conflict
 * attacks either the conflict itself or its attacking claim. Matches the conflicts and their attackers.
 */
@Component(service = org.dialectica.index.StructureFilter.class)
public final class UnansweredFilter extends ModelStructureFilter {

    @Override
    public String name() {
        return "unanswered";
    }

    @Override
    public String description() {
        return "objections (conflicts) nobody has answered";
    }

    @Override
    Set<String> matchingIds(Project project) {
        Set<Node> attacked = new HashSet<>();
        for (Node node : project.getNodes()) {
            if (node instanceof Conflict conflict && conflict.getTarget() != null) {
                attacked.add(conflict.getTarget());
            }
        }
        Set<String> ids = new HashSet<>();
        for (Node node : project.getNodes()) {
            if (node instanceof Conflict conflict && !attacked.contains(conflict)
                    && (conflict.getAttacker() == null || !attacked.contains(conflict.getAttacker()))) {
                ids.add(conflict.getId());
                if (conflict.getAttacker() != null) {
                    ids.add(conflict.getAttacker().getId());
                }
            }
        }
        return ids;
    }
}
