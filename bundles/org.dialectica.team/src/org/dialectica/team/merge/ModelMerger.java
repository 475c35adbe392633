package org.dialectica.team.merge;

import org.dialectica.model.Project;

/**
 * Three-way merge of Dialectica models, element by element. Elements are matched by id (UUIDs), so what
 * matters is what each side did to each element, not where its lines are in the file:
 * <ul>
 * <li>An element added on one side is added, where that side put it; one deleted on one side is deleted
 * (with what it contains), unless the other side changed it or still refers to it: then it stays, and the
 * {@link org.dialectica.team.MergeConflict conflict} says so.</li>
 * <li>For each attribute and reference, a change on one side is taken. References to many elements (tags,
 * premises, positions, memo subjects) merge as sets: additions and removals of both sides are applied.</li>
 * <li>The same attribute or single reference changed on both sides to different values is a conflict: ours
 * is kept and both values are reported. Contained objects without id (critical-question answers, source
 * metadata) count as one value of their element.</li>
 * </ul>
 * Edits that are each valid may still combine into an invalid model (say, two inferences that together
 * conclude their own premise); callers validate the result.
 */
public final class ModelMerger {

    /**
     * Merges {@code theirs} into {@code ours}, in place.
     *
     * @param base the common ancestor; null when there is none (then every difference is a conflict)
     * @param ours our version, changed into the merged one
     * @param theirs their version, left unchanged
     * @throws IllegalArgumentException when ours and theirs are not the same project (different ids)
     */
    public ModelMergeResult merge(Project base, Project ours, Project theirs) {
        if (ours.getId() == null || !ours.getId().equals(theirs.getId())) {
            throw new IllegalArgumentException("Cannot merge two different projects: " + ours.getId() + " (ours) and "
                    + theirs.getId() + " (theirs).");
        }
        return new ThreeWayMerge(ModelSide.of(base), ModelSide.of(ours), ModelSide.of(theirs)).run();
    }
}
