package org.dialectica.examples.policy.search;

import java.util.Set;
import java.util.stream.Collectors;

import org.dialectica.index.IndexContent;
import org.dialectica.index.StructureFilter;
import org.dialectica.model.Inference;
import org.dialectica.model.Project;
import org.osgi.service.component.annotations.Component;

/** {@code is:policy}: inferences that use one of the policy schemes of this bundle's catalogue. */
@Component(service = StructureFilter.class)
public final class PolicyFilter implements StructureFilter {

    @Override
    public String name() {
        return "policy";
    }

    @Override
    public String description() {
        return "inferences using a policy scheme (costs and benefits, precedent, slippery slope)";
    }

    @Override
    public Set<String> matchingIds(IndexContent content) {
        return content.adapt(Project.class).map(PolicyFilter::matchingIds).orElse(Set.of());
    }

    static Set<String> matchingIds(Project project) {
        return project.getNodes().stream()
                .filter(Inference.class::isInstance).map(Inference.class::cast)
                .filter(inference -> inference.getScheme() != null
                        && PolicySchemes.IDS.contains(inference.getScheme().getId()))
                .map(Inference::getId).collect(Collectors.toSet());
    }
}
