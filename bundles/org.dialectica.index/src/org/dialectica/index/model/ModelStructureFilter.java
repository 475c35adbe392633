package org.dialectica.index.model;

import java.util.Set;

import org.dialectica.index.IndexContent;
import org.dialectica.index.StructureFilter;
import org.dialectica.model.Project;

/** An {@code is:} filter computed from the EMF model behind the index content (none: no matches). */
abstract class ModelStructureFilter implements StructureFilter {

    @Override
    public final Set<String> matchingIds(IndexContent content) {
        return content.adapt(Project.class).map(this::matchingIds).orElse(Set.of());
    }

    /** The ids of the matching elements of {@code project}. */
    abstract Set<String> matchingIds(Project project);
}
