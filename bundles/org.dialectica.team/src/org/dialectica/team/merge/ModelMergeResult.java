package org.dialectica.team.merge;

import java.util.List;

import org.dialectica.model.Project;
import org.dialectica.team.MergeConflict;

/**
 * The outcome of a {@link ModelMerger three-way model merge}: the merged project (our model, changed in
 * place) and the conflicts, for which it kept our side.
 */
public record ModelMergeResult(Project merged, List<MergeConflict> conflicts) {

    public ModelMergeResult {
        conflicts = List.copyOf(conflicts);
    }
}
