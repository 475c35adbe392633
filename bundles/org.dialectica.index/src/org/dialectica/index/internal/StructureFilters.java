package org.dialectica.index.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.dialectica.index.IndexContent;
import org.dialectica.index.StructureFilter;

/** The {@code is:} filters currently known, by name; filters may come and go (OSGi services). */
final class StructureFilters {

    private final List<StructureFilter> filters = new CopyOnWriteArrayList<>();

    void add(StructureFilter filter) {
        filters.add(filter);
    }

    void remove(StructureFilter filter) {
        filters.remove(filter);
    }

    List<StructureFilter> all() {
        return List.copyOf(filters);
    }

    SearchQueryParser.StructureFilterResolver resolver(IndexContent content) {
        return new SearchQueryParser.StructureFilterResolver() {
            @Override
            public Set<String> matchingIds(String name) {
                for (StructureFilter filter : filters) {
                    if (filter.name().equalsIgnoreCase(name)) {
                        return filter.matchingIds(content);
                    }
                }
                return null;
            }

            @Override
            public Set<String> names() {
                Set<String> names = new TreeSet<>();
                filters.forEach(filter -> names.add(filter.name()));
                return names;
            }
        };
    }
}
