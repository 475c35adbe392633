package org.dialectica.index.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;

/**
 * Counts the facet values of the matching documents, per dimension, highest first: source, type and tag from
 * their fields' string doc values, year from the passages' numeric year.
 */
final class FacetCounter {

    static final int VALUES_PER_DIMENSION = 20;

    Map<String, Map<String, Long>> count(IndexSnapshot snapshot, FacetsCollector collector) throws IOException {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String dimension : IndexSchema.FACET_DIMENSIONS) {
            Map<String, Long> values = new LinkedHashMap<>();
            FacetResult result = counts(snapshot, collector, dimension)
                    .getTopChildren(VALUES_PER_DIMENSION, dimension);
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.put(lv.label, lv.value.longValue());
                }
            }
            facets.put(dimension, values);
        }
        return facets;
    }

    private static Facets counts(IndexSnapshot snapshot, FacetsCollector collector, String dimension)
            throws IOException {
        if (dimension.equals(IndexSchema.YEAR)) {
            return new LongValueFacetCounts(dimension, collector);
        }
        Optional<StringDocValuesReaderState> state = snapshot.facetState(dimension);
        return state.isPresent() ? new StringValueFacetCounts(state.get(), collector) : NO_VALUES;
    }

    private static final Facets NO_VALUES = new Facets() {
        @Override
        public FacetResult getAllChildren(String dim, String... path) {
            return null;
        }

        @Override
        public FacetResult getTopChildren(int topN, String dim, String... path) {
            return null;
        }

        @Override
        public Number getSpecificValue(String dim, String... path) {
            return 0;
        }

        @Override
        public java.util.List<FacetResult> getAllDims(int topN) {
            return java.util.List.of();
        }
    };
}
