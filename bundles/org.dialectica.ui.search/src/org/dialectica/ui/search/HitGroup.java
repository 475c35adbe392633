package org.dialectica.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dialectica.index.SearchHit;

/**
 * The hits of one source, for the result tree; elements anchored nowhere form a group of their own.
 *
 * @param sourceId the source, or {@code null} for unanchored elements
 * @param title    what the group is called in the tree
 */
public record HitGroup(String sourceId, String title, List<SearchHit> hits) {

    /** Groups hits by source, groups in the order of their best hit. */
    public static List<HitGroup> of(List<SearchHit> hits, java.util.function.Function<String, String> titleOfSource) {
        Map<String, List<SearchHit>> bySource = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            bySource.computeIfAbsent(hit.sourceId() == null ? "" : hit.sourceId(), k -> new ArrayList<>()).add(hit);
        }
        List<HitGroup> groups = new ArrayList<>();
        bySource.forEach((id, list) -> groups.add(id.isEmpty() ? new HitGroup(null, "Not anchored in a source", list)
                : new HitGroup(id, titleOfSource.apply(id), list)));
        return groups;
    }
}
