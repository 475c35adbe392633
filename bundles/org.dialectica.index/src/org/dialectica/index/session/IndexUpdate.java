package org.dialectica.index.session;

import java.util.List;
import java.util.Set;

import org.dialectica.index.ElementDoc;
import org.dialectica.model.Source;

/**
 * What one model change means for the index, computed on the model's thread so it can be applied in the
 * background without touching the live model.
 *
 * @param elements       element documents to add or replace
 * @param deletedIds     ids of elements no longer in the project
 * @param sources        detached copies of sources whose passages must be (re)indexed
 * @param deletedSources ids of sources no longer in the project
 */
record IndexUpdate(List<ElementDoc> elements, Set<String> deletedIds, List<Source> sources,
        Set<String> deletedSources) {

    IndexUpdate {
        elements = List.copyOf(elements);
        deletedIds = Set.copyOf(deletedIds);
        sources = List.copyOf(sources);
        deletedSources = Set.copyOf(deletedSources);
    }

    boolean isEmpty() {
        return elements.isEmpty() && deletedIds.isEmpty() && sources.isEmpty() && deletedSources.isEmpty();
    }
}
