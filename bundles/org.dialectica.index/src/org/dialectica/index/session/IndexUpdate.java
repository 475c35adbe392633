package org.dialectica.index.session;

import java.util.List;
import java.util.Set;

import org.dialectica.index.ElementDoc;
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
        Set<String> deletedSources, List<SourceMetadata> renamedSources) {

    /** What a source's passages are found by (its source document), for a source whose text did not change. */
    record SourceMetadata(String id, String title, List<String> authors, Integer year) {

        static SourceMetadata of(Source source) {
            return new SourceMetadata(source.getId(), source.getTitle(), List.copyOf(source.getAuthors()),
                    PassageMapper.year(source.getDate()));
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
