package org.dialectica.team;

import java.util.List;

/**
 * What a pull did.
 *
 * @param outcome how the remote's commits were taken in
 * @param conflicts conflicts in the model, element by element; the file keeps ours for each
 * @param fileConflicts other files both sides changed in ways git could not merge; our version was kept
 * @param problems validation problems of the merged model (errors and warnings), one line each
 */
public record PullResult(Outcome outcome, List<MergeConflict> conflicts, List<String> fileConflicts,
        List<String> problems) {

    public enum Outcome {
        /** There was nothing new (or no remote branch yet). */
        UP_TO_DATE,
        /** Only the remote had new commits: the folder now equals the remote. */
        FAST_FORWARD,
        /** Both sides had new commits: a merge commit joins them. */
        MERGED
    }

    public PullResult {
        conflicts = List.copyOf(conflicts);
        fileConflicts = List.copyOf(fileConflicts);
        problems = List.copyOf(problems);
    }

    public static PullResult upToDate() {
        return new PullResult(Outcome.UP_TO_DATE, List.of(), List.of(), List.of());
    }

    /** True when the files of the project changed, so an open project must reload its model. */
    public boolean changedFiles() {
        return outcome != Outcome.UP_TO_DATE;
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty() || !fileConflicts.isEmpty();
    }
}
