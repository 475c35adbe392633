package org.dialectica.core.project.migration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.dialectica.model.resource.FormatVersion;

/** The known {@link ModelMigration}s, and the chain that leads from an old format version to the current one. */
public final class ModelMigrations {

    private final List<ModelMigration> migrations = new CopyOnWriteArrayList<>();

    /** No migrations: the situation of format 1.0, the first version. */
    public ModelMigrations() {
    }

    public ModelMigrations(Collection<? extends ModelMigration> migrations) {
        migrations.forEach(this::add);
    }

    public void add(ModelMigration migration) {
        if (migration.to().compareTo(migration.from()) <= 0) {
            throw new IllegalArgumentException("A migration must lead to a newer version: " + migration.from()
                    + " -> " + migration.to());
        }
        migrations.add(migration);
    }

    public void remove(ModelMigration migration) {
        migrations.remove(migration);
    }

    /**
     * The migrations to apply, in order, to bring a file of version {@code from} to {@code to};
     * empty when no chain leads there. Each step takes the migration that goes furthest.
     */
    public Optional<List<ModelMigration>> chain(FormatVersion from, FormatVersion to) {
        List<ModelMigration> chain = new ArrayList<>();
        FormatVersion reached = from;
        while (reached.compareTo(to) < 0) {
            FormatVersion current = reached;
            Optional<ModelMigration> step = migrations.stream()
                    .filter(migration -> migration.from().equals(current) && migration.to().compareTo(to) <= 0)
                    .max((a, b) -> a.to().compareTo(b.to()));
            if (step.isEmpty()) {
                return Optional.empty();
            }
            chain.add(step.get());
            reached = step.get().to();
        }
        return Optional.of(chain);
    }
}
