package org.dialectica.index.model;

import java.util.HashSet;
import java.util.Set;

import org.dialectica.model.Claim;
import org.dialectica.model.Inference;
import org.dialectica.model.Node;
import org.dialectica.model.Project;
import org.osgi.service.component.annotations.Component;

/** {@code is:unsupported}: claims that no inference concludes. */
@Component(service = org.dialectica.index.StructureFilter.class)
public final class UnsupportedFilter extends ModelStructureFilter {

    @Override
    public String name() {
        return "unsupported";
    }

    @Override
    public String description() {
        return "claims no inference concludes";
    }

    @Override
    Set<String> matchingIds(Project project) {
        Set<Claim> concluded = new HashSet<>();
        for (Node node : project.getNodes()) {
            if (node instanceof Inference inference && inference.getConclusion() != null) {
                concluded.add(inference.getConclusion());
            }
        }
        Set<String> ids = new HashSet<>();
        for (Node node : project.getNodes()) {
            if (node instanceof Claim claim && !concluded.contains(claim)) {
                ids.add(claim.getId());
            }
        }
        return ids;
    }
}
