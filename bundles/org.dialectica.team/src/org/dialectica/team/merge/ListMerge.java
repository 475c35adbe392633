package org.dialectica.team.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Three-way merges of ordered lists of distinct ids (reference targets, children of a container). */
final class ListMerge {

    private ListMerge() {
    }

    /**
     * The members after both sides' additions and removals: what ours has unless theirs removed it, plus
     * what theirs added. Never a conflict: adding and removing different members commute.
     */
    static Set<String> members(Collection<String> base, Collection<String> ours, Collection<String> theirs) {
        Set<String> members = new LinkedHashSet<>();
        for (String id : ours) {
            if (!base.contains(id) || theirs.contains(id)) {
                members.add(id);
            }
        }
        for (String id : theirs) {
            if (!base.contains(id)) {
                members.add(id);
            }
        }
        return members;
    }

    /**
     * Orders {@code members}: our order first; a member only theirs places goes right after the nearest
     * member that precedes it in their order, else right before the nearest that follows it, else last; so
     * an element they inserted stays where they put it. Members placed by neither side go last, by id, so the result is deterministic.
     */
    static List<String> order(Set<String> members, List<String> ours, List<String> theirs) {
        List<String> result = new ArrayList<>();
        for (String id : ours) {
            if (members.contains(id) && !result.contains(id)) {
                result.add(id);
            }
        }
        for (int i = 0; i < theirs.size(); i++) {
            String id = theirs.get(i);
            if (!members.contains(id) || result.contains(id)) {
                continue;
            }
            result.add(insertionPoint(result, theirs, i), id);
        }
        members.stream().filter(id -> !result.contains(id)).sorted().forEach(result::add);
        return result;
    }

    private static int insertionPoint(List<String> result, List<String> theirs, int index) {
        for (int j = index - 1; j >= 0; j--) {
            int placed = result.indexOf(theirs.get(j));
            if (placed >= 0) {
                return placed + 1;
            }
        }
        for (int j = index + 1; j < theirs.size(); j++) {
            int placed = result.indexOf(theirs.get(j));
            if (placed >= 0) {
                return placed;
            }
        }
        return result.size();
    }
}
