package org.dialectica.core.plugins;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a registry of plugin contributions (importers, {@code is:} filters, interchange formats) stopped using,
 * or never could use, and why: each problem is logged once as a warning and kept for {@link #problems()}.
 * Thread-safe.
 *
 * @param <K> how the registry identifies a contribution it disables
 */
public final class ContributionProblems<K> {

    private static final System.Logger LOG = System.getLogger(ContributionProblems.class.getName());

    private final Map<K, ContributionProblem> disabled = new ConcurrentHashMap<>();
    private final List<ContributionProblem> problems = new CopyOnWriteArrayList<>();

    /** Records a problem that disables nothing, e.g. a contribution that was never taken into use. */
    public void report(ContributionProblem problem) {
        problems.add(problem);
        LOG.log(System.Logger.Level.WARNING, "Dialectica: " + problem);
    }

    /** Stops using {@code contribution} for the rest of the session; a second failure of it is not reported again. */
    public void disable(K contribution, ContributionProblem problem) {
        if (disabled.putIfAbsent(contribution, problem) == null) {
            report(problem);
        }
    }

    public boolean isDisabled(K contribution) {
        return disabled.containsKey(contribution);
    }

    /** Every problem, in the order they happened. */
    public List<ContributionProblem> problems() {
        return List.copyOf(problems);
    }
}
