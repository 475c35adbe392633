package org.dialectica.index;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A search: the query text (see docs/search.md for the syntax), how many hits to return, and facet
 * values to narrow by (dimension, e.g. {@code "tag"}, to the values any of which must match).
 */
public record SearchRequest(String query, int limit, Map<String, Set<String>> facetFilters) {

    public static final int DEFAULT_LIMIT = 20;

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        facetFilters = facetFilters == null ? Map.of() : Map.copyOf(facetFilters);
    }

    public SearchRequest(String query, int limit) {
        this(query, limit, Map.of());
    }

    public SearchRequest(String query) {
        this(query, DEFAULT_LIMIT, Map.of());
    }
}
