package org.dialectica.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total  number of matching documents (exact)
 * @param hits   the best {@code limit} hits, best first
 * @param facets per dimension ({@code source}, {@code type}, {@code tag}, {@code year}) the counts of its
 *               values among all matching documents, highest first
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        // Keeps the dimensions' and values' order (counts, highest first).
        Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
        facets.forEach((dimension, values) -> ordered.put(dimension,
                Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        facets = Collections.unmodifiableMap(ordered);
    }
}
