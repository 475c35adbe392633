package org.dialectica.team;

import java.util.List;
import java.util.Optional;

/**
 * The git state of a project folder.
 *
 * @param branch the current branch, e.g. {@code main}
 * @param uncommitted paths (relative, {@code /}-separated) with changes not yet committed: modified,
 *        added, removed or untracked; ignored files ({@code .dialectica/}) are not listed
 * @param remote the URI of the remote {@code origin}, if the project has one
 * @param ahead commits not yet pushed (as of the last fetch)
 * @param behind commits of the remote not yet merged (as of the last fetch)
 */
public record ProjectStatus(String branch, List<String> uncommitted, Optional<String> remote, int ahead, int behind) {

    public ProjectStatus {
        uncommitted = List.copyOf(uncommitted);
    }

    public boolean isClean() {
        return uncommitted.isEmpty();
    }
}
