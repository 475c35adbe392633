package org.dialectica.index.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/** Counts the facet values of the matching documents, per dimension, highest first. */
final class FacetCounter {

    static final int VALUES_PER_DIMENSION = 20;

    Map<String, Map<String, Long>> count(IndexSnapshot snapshot, FacetsCollector collector) throws IOException {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = snapshot.facetState();
        if (state == null) {
            return facets;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dimension : IndexSchema.FACET_DIMENSIONS) {
            FacetResult result;
            try {
                result = counts.getTopChildren(VALUES_PER_DIMENSION, dimension);
            } catch (IllegalArgumentException e) {
                result = null; // no document has this dimension yet
            }
            Map<String, Long> values = new LinkedHashMap<>();
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.put(lv.label, lv.value.longValue());
                }
            }
            facets.put(dimension, values);
        }
        return facets;
    }
}
