package org.dialectica.architecture.tests;

import java.util.List;
import java.util.Optional;

/**
 * Dialectica's layers, lowest first. A bundle may depend on bundles of its own layer or lower ones,
 * never on a higher one (docs/architecture.md).
 */
enum Layer {
    LIBRARY(List.of("org.dialectica.lib.")),
    MODEL(List.of("org.dialectica.model")),
    MODEL_EDIT(List.of("org.dialectica.model.edit")),
    CORE(List.of("org.dialectica.core")),
    SERVICES(List.of("org.dialectica.importer", "org.dialectica.index", "org.dialectica.interchange",
            "org.dialectica.sample", "org.dialectica.team")),
    FRONT_END(List.of("org.dialectica.ui", "org.dialectica.cli"));

    private final List<String> names;

    Layer(List<String> names) {
        this.names = names;
    }

    /**
     * The layer of a Dialectica bundle: the one whose name it equals or extends by a dot segment
     * (so {@code org.dialectica.importer.tika} is a service, {@code org.dialectica.model.edit} is not MODEL).
     */
    static Optional<Layer> of(String symbolicName) {
        Layer best = null;
        int bestLength = -1;
        for (Layer layer : values()) {
            for (String name : layer.names) {
                boolean matches = name.endsWith(".") ? symbolicName.startsWith(name)
                        : symbolicName.equals(name) || symbolicName.startsWith(name + ".");
                if (matches && name.length() > bestLength) {
                    best = layer;
                    bestLength = name.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
