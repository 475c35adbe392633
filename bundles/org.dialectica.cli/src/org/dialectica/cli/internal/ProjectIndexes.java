package org.dialectica.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dialectica.index.IndexContent;
import org.dialectica.index.IndexService;
import org.dialectica.index.OpenOutcome;
import org.dialectica.index.PassageDoc;
import org.dialectica.index.ProjectIndex;
import org.dialectica.index.QuerySyntaxException;
import org.dialectica.index.SearchRequest;
import org.dialectica.index.model.ModelIndexContent;
import org.dialectica.index.model.ProjectFolderTexts;
import org.dialectica.model.Project;
import org.dialectica.model.Source;

/**
 * The command line's use of a project's search index ({@code .dialectica/index}). The index service heals
 * what it can see on disk (missing, damaged, outdated, uncommitted); what it cannot see is a model changed by
 * someone who did not update the index. Commands that change the model here update the index themselves, and
 * {@link #openCurrent} compares document counts with the model and rebuilds when they differ: cheap next to
 * a search's start-up, and it catches sources and elements added or removed elsewhere.
 */
public final class ProjectIndexes {

    private final IndexService service;

    public ProjectIndexes(IndexService service) {
        this.service = service;
    }

    /** What a project's index is built from: the model's elements and the stored texts' passages. */
    public static IndexContent content(Path projectDir, Project project) {
        return new ModelIndexContent(() -> project, new ProjectFolderTexts(projectDir));
    }

    /** Whether the project has an index folder at all. */
    public static boolean exists(Path projectDir) {
        return Files.isDirectory(projectDir.resolve(IndexService.INDEX_FOLDER));
    }

    /** Opens the index as the service finds it (created or rebuilt when the service sees the need). */
    public ProjectIndex open(Path projectDir, Project project) throws IOException {
        return service.open(projectDir, content(projectDir, project));
    }

    /**
     * Opens the index and makes sure it matches the model, rebuilding it when the counts differ.
     *
     * @return the open index and what was done to it
     */
    public Opened openCurrent(Path projectDir, Project project) throws IOException {
        IndexContent content = content(projectDir, project);
        ProjectIndex index = service.open(projectDir, content);
        try {
            if (index.openOutcome() == OpenOutcome.OPENED && !consistency(index, content, project).isConsistent()) {
                index.rebuild(content, (done, total) -> { });
                return new Opened(index, index.openOutcome(), true);
            }
            return new Opened(index, index.openOutcome(), false);
        } catch (IOException | RuntimeException e) {
            try {
                index.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** An open index, what opening found, and whether it was rebuilt because it no longer matched the model. */
    public record Opened(ProjectIndex index, OpenOutcome outcome, boolean rebuiltForModel) implements AutoCloseable {

        /** Closes (and so commits) the index. */
        @Override
        public void close() throws IOException {
            index.close();
        }

        /** A line for people when something was (re)built, else null. */
        public String note() {
            if (rebuiltForModel) {
                return "the search index did not match the project and was rebuilt";
            }
            return switch (outcome) {
                case OPENED -> null;
                case CREATED -> "built the search index";
                case REBUILT_CORRUPT -> "the search index was damaged and has been rebuilt";
                case REBUILT_OUTDATED -> "the search index was of an older version and has been rebuilt";
                case REBUILT_STALE -> "the search index missed changes (unclean exit) and has been rebuilt";
            };
        }
    }

    /**
     * Compares the index with the model: passages per source (by the source facet), passages of sources the
     * model no longer has, and the number of element documents. One count query per source.
     */
    public static Consistency consistency(ProjectIndex index, IndexContent content, Project project) throws IOException {
        try {
            Map<String, Long> expectedBySource;
            try (Stream<PassageDoc> passages = content.passages()) {
                expectedBySource = passages.collect(Collectors.groupingBy(PassageDoc::sourceId, Collectors.counting()));
            }
            List<SourceMismatch> sources = new ArrayList<>();
            long indexedOfKnownSources = 0;
            for (Source source : project.getSources()) {
                long indexed = count(index, "type:passage", Map.of("source", Set.of(source.getId())));
                long expected = expectedBySource.getOrDefault(source.getId(), 0L);
                indexedOfKnownSources += indexed;
                if (indexed != expected) {
                    sources.add(new SourceMismatch(source, indexed, expected));
                }
            }
            long passages = count(index, "type:passage", Map.of());
            long elements = index.documentCount() - passages;
            long expectedElements;
            try (Stream<?> docs = content.elements()) {
                expectedElements = docs.count();
            }
            return new Consistency(sources, passages - indexedOfKnownSources, elements, expectedElements);
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException("the consistency queries are fixed and valid", e);
        }
    }

    private static long count(ProjectIndex index, String query, Map<String, Set<String>> filters)
            throws QuerySyntaxException, IOException {
        return index.search(new SearchRequest(query, 0, filters)).total();
    }

    /** A source whose passages in the index are not the passages of its stored text. */
    public record SourceMismatch(Source source, long indexed, long expected) {
    }

    /**
     * @param sources                 sources whose passage counts differ
     * @param passagesOfUnknownSources indexed passages of sources not in the model
     * @param indexedElements         element documents in the index
     * @param expectedElements        element documents the model makes
     */
    public record Consistency(List<SourceMismatch> sources, long passagesOfUnknownSources, long indexedElements,
            long expectedElements) {

        public boolean isConsistent() {
            return sources.isEmpty() && passagesOfUnknownSources == 0 && indexedElements == expectedElements;
        }
    }
}
