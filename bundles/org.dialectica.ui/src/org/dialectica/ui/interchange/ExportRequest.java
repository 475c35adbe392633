package org.dialectica.ui.interchange;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import org.dialectica.interchange.ExportScope;

/**
 * What File &gt; Export writes: a format of the {@link org.dialectica.interchange.InterchangeRegistry}, a scope and
 * the target file.
 */
public record ExportRequest(String formatId, ExportScope scope, Path target, Map<String, String> options) {

    public ExportRequest {
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(target, "target");
        options = Map.copyOf(options);
    }

    public ExportRequest(String formatId, ExportScope scope, Path target) {
        this(formatId, scope, target, Map.of());
    }
}
