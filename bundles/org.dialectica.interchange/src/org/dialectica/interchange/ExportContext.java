package org.dialectica.interchange;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.dialectica.model.Project;
import org.dialectica.model.validation.SourceTextProvider;

/**
 * Everything an {@link ArgumentExporter} may use. A parameter object rather than a long parameter
 * list, so that new inputs do not break contributed exporters.
 *
 * @param project          the project to export; exporters only read it
 * @param scope            the whole project or one issue
 * @param texts            the extracted texts of the sources (for quotes and context); may answer empty
 * @param projectDirectory the project folder, for optional files such as {@code .dialectica/map.png}; may be null
 * @param options          format-specific options, e.g. {@code csv.bom=true}; never null
 */
public record ExportContext(Project project, ExportScope scope, SourceTextProvider texts, Path projectDirectory,
        Map<String, String> options) {

    public ExportContext {
        Objects.requireNonNull(project, "project");
        scope = scope == null ? ExportScope.wholeProject() : scope;
        texts = texts == null ? source -> Optional.empty() : texts;
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** The whole project, without source texts or project folder. */
    public static ExportContext of(Project project) {
        return new ExportContext(project, ExportScope.wholeProject(), null, null, Map.of());
    }

    public ExportContext withScope(ExportScope newScope) {
        return new ExportContext(project, newScope, texts, projectDirectory, options);
    }

    public ExportContext withTexts(SourceTextProvider newTexts) {
        return new ExportContext(project, scope, newTexts, projectDirectory, options);
    }

    public ExportContext withProjectDirectory(Path directory) {
        return new ExportContext(project, scope, texts, directory, options);
    }

    public ExportContext withOptions(Map<String, String> newOptions) {
        return new ExportContext(project, scope, texts, projectDirectory, newOptions);
    }

    public Optional<Path> projectDirectoryIfKnown() {
        return Optional.ofNullable(projectDirectory);
    }

    /** A boolean option: {@code true} only when set to "true" (case-insensitive). */
    public boolean flag(String option) {
        return Boolean.parseBoolean(options.get(option));
    }
}
