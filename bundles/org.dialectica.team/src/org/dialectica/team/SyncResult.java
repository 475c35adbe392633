package org.dialectica.team;

import java.util.Optional;

/**
 * What {@link TeamService#sync} did: the commit it made (if there was anything to commit), the pull, and
 * whether it pushed.
 */
public record SyncResult(Optional<String> commit, PullResult pull, boolean pushed) {
}
