package org.dialectica.index.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dialectica.model.AnchorState;
import org.dialectica.model.Claim;
import org.dialectica.model.Issue;
import org.dialectica.model.Node;
import org.dialectica.model.Project;
import org.dialectica.model.TextAnchor;
import org.osgi.service.component.annotations.Component;

/** {@code is:orphan}: claims and issues with an anchor lost after its source changed (ORPHANED). */
@Component(service = org.dialectica.index.StructureFilter.class)
public final class OrphanFilter extends ModelStructureFilter {

    @Override
    public String name() {
        return "orphan";
    }

    @Override
    public String description() {
        return "claims and issues whose anchor was lost after a source changed";
    }

    @Override
    Set<String> matchingIds(Project project) {
        Set<String> ids = new HashSet<>();
        for (Node node : project.getNodes()) {
            if (node instanceof Claim claim && orphaned(claim.getAnchors())) {
                ids.add(claim.getId());
            }
        }
        for (Issue issue : project.getIssues()) {
            if (orphaned(issue.getAnchors())) {
                ids.add(issue.getId());
            }
        }
        return ids;
    }

    private static boolean orphaned(List<TextAnchor> anchors) {
        return anchors.stream().anyMatch(a -> a.getState() == AnchorState.ORPHANED);
    }
}
