package org.dialectica.index.session;

import java.util.List;
import java.util.Set;

import org.dialectica.index.ElementDoc;
import org.dialectica.index.SourceMetadata;
import org.dialectica.index.model.PassageMapper;
import org.dialectica.model.Source;

/**
 * What one model change means for the index, computed on the model's thread so it can be applied in the
 * background without touching the live model.
 *
 * @param elements       element documents to add or replace
 * @param deletedIds     ids of elements no longer in the project
 * @param sources        detached copies of sources whose passages must be (re)indexed
 * @param deletedSources ids of sources no longer in the project
 * @param renamedSources sources whose title or authors changed and nothing else that their passages hold
 */
record IndexUpdate(List<ElementDoc> elements, Set<String> deletedIds, List<Source> sources,
        Set<String> deletedSources, List<RenamedSource> renamedSources) {

    /** A source whose passages stay and whose source document takes this metadata. */
    record RenamedSource(String id, SourceMetadata metadata) {

        static RenamedSource of(Source source) {
            return new RenamedSource(source.getId(), PassageMapper.metadata(source));
        }
    }

    IndexUpdate {
        elements = List.copyOf(elements);
        deletedIds = Set.copyOf(deletedIds);
        sources = List.copyOf(sources);
        deletedSources = Set.copyOf(deletedSources);
        renamedSources = List.copyOf(renamedSources);
    }

    boolean isEmpty() {
        return elements.isEmpty() && deletedIds.isEmpty() && sources.isEmpty() && deletedSources.isEmpty()
                && renamedSources.isEmpty();
    }
}
