package org.dialectica.index.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.dialectica.core.plugins.ContributionFailedException;
import org.dialectica.core.plugins.ContributionProblem;
import org.dialectica.core.plugins.ContributionProblems;
import org.dialectica.core.plugins.Contributions;
import org.dialectica.index.IndexContent;
import org.dialectica.index.StructureFilter;

/**
 * The {@code is:} filters currently known, by name; filters may come and go (OSGi services). The index bundle's own
 * filters run directly. A plugin's filter runs with a time limit; when it throws, cannot be loaded or overruns, it is
 * disabled for the rest of the session: a query using it fails with a message naming its bundle, every other query
 * works as before, and {@link #problems()} reports it.
 */
final class StructureFilters {

    /** How long a plugin's filter may take for one query; {@code -Ddialectica.filterTimeoutMillis} overrides it. */
    static final Duration DEFAULT_LIMIT = Duration.ofMillis(Long.getLong("dialectica.filterTimeoutMillis", 5000));

    private final List<Guarded> filters = new CopyOnWriteArrayList<>();
    private final ContributionProblems<Object> problems = new ContributionProblems<>();
    private final Duration limit;

    StructureFilters() {
        this(DEFAULT_LIMIT);
    }

    StructureFilters(Duration limit) {
        this.limit = limit;
    }

    void add(StructureFilter filter) {
        boolean own = Contributions.isOwn(filter, StructureFilters.class);
        String bundle = Contributions.bundleOf(filter);
        try {
            String name = own ? filter.name() : Contributions.callWithin(limit, "an is: filter (" + bundle + ")", filter::name);
            String description = own ? filter.description()
                    : Contributions.callWithin(limit, "filter is:" + name + " (" + bundle + ")", filter::description);
            if (name == null || name.isBlank()) {
                report(new ContributionProblem(bundle, "an is: filter", "not used: it has no name"));
                return;
            }
            filters.add(new Guarded(filter, name, description == null ? "" : description, bundle, own));
        } catch (ContributionFailedException e) {
            report(new ContributionProblem(bundle, "an is: filter", "not used: " + e.getMessage()));
        }
    }

    void remove(StructureFilter filter) {
        filters.removeIf(guarded -> guarded.filter == filter);
    }

    /** The filters in use: not those disabled. */
    List<StructureFilter> all() {
        return filters.stream().filter(guarded -> guarded.disabled == null).map(StructureFilter.class::cast).toList();
    }

    List<ContributionProblem> problems() {
        return problems.problems();
    }

    private void report(ContributionProblem problem) {
        problems.report(problem);
    }

    SearchQueryParser.StructureFilterResolver resolver(IndexContent content) {
        return new SearchQueryParser.StructureFilterResolver() {
            @Override
            public Set<String> matchingIds(String name) {
                for (Guarded filter : filters) {
                    if (filter.name.equalsIgnoreCase(name)) {
                        return filter.matchingIdsOrFail(content);
                    }
                }
                return null;
            }

            @Override
            public Set<String> names() {
                Set<String> names = new TreeSet<>();
                all().forEach(filter -> names.add(filter.name()));
                return names;
            }
        };
    }

    /** A filter with its name and description read once, and its failure, if it failed. */
    private final class Guarded implements StructureFilter {

        final StructureFilter filter;
        final String name;
        final String description;
        final String bundle;
        final boolean own;
        volatile String disabled;

        Guarded(StructureFilter filter, String name, String description, String bundle, boolean own) {
            this.filter = filter;
            this.name = name;
            this.description = description;
            this.bundle = bundle;
            this.own = own;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public Set<String> matchingIds(IndexContent content) {
            try {
                return matchingIdsOrFail(content);
            } catch (SearchQueryParser.FilterUnavailableException e) {
                return Set.of();
            }
        }

        Set<String> matchingIdsOrFail(IndexContent content) {
            if (own) {
                return filter.matchingIds(content);
            }
            String why = disabled;
            if (why == null) {
                String what = "filter is:" + name + " (" + bundle + ")";
                try {
                    Set<String> ids = Contributions.callWithin(limit, what, () -> filter.matchingIds(content));
                    if (ids != null) {
                        return ids;
                    }
                    why = what + " returned no set of ids";
                } catch (ContributionFailedException e) {
                    why = e.getMessage();
                }
                disabled = why;
                report(new ContributionProblem(bundle, "filter is:" + name, "disabled: " + why));
            }
            throw new SearchQueryParser.FilterUnavailableException(
                    "is:" + name + " is disabled for this session: " + why);
        }
    }
}
