package org.dialectica.index;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The search index of one project. Derived data: it can be deleted and rebuilt from the
 * {@link IndexContent} at any time. Every update is visible to the next search at once. Thread-safe:
 * searches run concurrently with each other and with updates.
 */
public interface ProjectIndex extends AutoCloseable {

    /** What opening found on disk (healthy, missing, corrupt, outdated, stale). */
    OpenOutcome openOutcome();

    /** Replaces all passages of a source with these. */
    void indexPassages(String sourceId, List<PassageDoc> passages) throws IOException;

    /**
     * Replaces what a source's passages are found by through {@code source:}, {@code author:} and {@code year:}
     * (its title, authors and year), without re-indexing the passages: for a renamed source or corrected authors.
     * A changed date needs {@link #indexPassages} instead, as each passage keeps its year for the year facet.
     */
    void indexSourceMetadata(String sourceId, SourceMetadata metadata) throws IOException;

    /** The title, authors and year the index holds for a source; empty when it holds none (no passages). */
    Optional<SourceMetadata> sourceMetadata(String sourceId) throws IOException;

    /** Removes all passages of a source (elements stay: they belong to the model). */
    void deleteSource(String sourceId) throws IOException;

    /** Adds or replaces elements, by id. */
    void indexElements(List<ElementDoc> elements) throws IOException;

    /** Removes elements by id; unknown ids are ignored. */
    void deleteElements(Collection<String> ids) throws IOException;

    /** Searches passages and elements. */
    SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException;

    /** Passages whose wording is most like {@code text}. */
    List<SearchHit> similarPassages(String text, int limit) throws IOException;

    /** Passages whose wording is most like the text of an indexed element; empty if the id is unknown. */
    List<SearchHit> similarPassagesToElement(String elementId, int limit) throws IOException;

    /** Drops everything and indexes the content anew; searches see the old index until it is done. */
    void rebuild(IndexContent content, RebuildProgress progress) throws IOException;

    /** Number of indexed documents (passages plus elements). */
    int documentCount() throws IOException;

    /** Makes all updates durable now (they are also committed on close). */
    void commit() throws IOException;

    @Override
    void close() throws IOException;
}
