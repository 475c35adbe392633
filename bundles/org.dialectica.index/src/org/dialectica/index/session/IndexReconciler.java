package org.dialectica.index.session;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dialectica.core.project.OpenProject;
import org.dialectica.index.ElementDoc;
import org.dialectica.index.ElementType;
import org.dialectica.index.SourceMetadata;
import org.dialectica.index.model.PassageMapper;
import org.dialectica.index.ProjectIndex;
import org.dialectica.index.QuerySyntaxException;
import org.dialectica.index.SearchHit;
import org.dialectica.index.SearchRequest;
import org.dialectica.model.Source;

/**
 * Brings an index that opened healthy in line with the model: the index is committed as edits happen,
 * the model only when saved, so after a session closed without saving the index may know elements the
 * model does not (or the other way round). Cheap: elements are few, passages are only counted, and each
 * source's title, authors and year are compared with its one source document.
 */
final class IndexReconciler {

    private static final int BATCH = 1000;

    private final ProjectIndex index;
    private final OpenProject project;

    IndexReconciler(ProjectIndex index, OpenProject project) {
        this.index = index;
        this.project = project;
    }

    void reconcile(SnapshotContent snapshot) throws IOException {
        try {
            reconcileElements(snapshot.elementDocs());
            reconcileSources(snapshot.sources());
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException("the reconciler's own queries must parse", e);
        }
    }

    private void reconcileElements(List<ElementDoc> elements) throws IOException, QuerySyntaxException {
        Set<String> wanted = elements.stream().map(ElementDoc::id).collect(Collectors.toSet());
        Set<String> elementTypes = new LinkedHashSet<>();
        for (ElementType type : ElementType.values()) {
            if (type != ElementType.PASSAGE) {
                elementTypes.add(type.label());
            }
        }
        Map<String, Set<String>> onlyElements = Map.of("type", elementTypes);
        long total = index.search(new SearchRequest("", 0, onlyElements)).total();
        Set<String> stale = new HashSet<>();
        for (SearchHit hit : index.search(new SearchRequest("", (int) Math.min(total, Integer.MAX_VALUE - 1), onlyElements)).hits()) {
            if (!wanted.contains(hit.id())) {
                stale.add(hit.id());
            }
        }
        index.deleteElements(stale);
        index.indexElements(elements); // replaces by id: cheap, and catches changed texts and tags
    }

    private void reconcileSources(List<Source> sources) throws IOException, QuerySyntaxException {
        StringBuilder others = new StringBuilder("type:passage");
        for (Source source : sources) {
            others.append(" -source:").append(source.getId());
            long count = index.search(new SearchRequest("", 0,
                    Map.of("type", Set.of("passage"), "source", Set.of(source.getId())))).total();
            SourceMetadata wanted = PassageMapper.metadata(source);
            Optional<SourceMetadata> indexed = count == 0 ? Optional.empty() : index.sourceMetadata(source.getId());
            if (indexed.isEmpty() || !Objects.equals(indexed.get().year(), wanted.year())) {
                // Missing, or a changed date: each passage holds the year for the year facet.
                index.indexPassages(source.getId(), SnapshotContent.passagesOf(project, source));
            } else if (!indexed.get().equals(wanted)) {
                index.indexSourceMetadata(source.getId(), wanted); // renamed or authors corrected meanwhile
            }
        }
        // Passages of sources the model no longer has: delete source by source until none is left.
        for (int round = 0; round < BATCH; round++) {
            List<SearchHit> leftovers = index.search(new SearchRequest(others.toString(), 10)).hits();
            if (leftovers.isEmpty()) {
                return;
            }
            for (SearchHit hit : leftovers) {
                index.deleteSource(hit.sourceId());
                others.append(" -source:").append(hit.sourceId());
            }
        }
    }
}
