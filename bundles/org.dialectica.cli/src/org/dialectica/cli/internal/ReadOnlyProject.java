package org.dialectica.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dialectica.model.Project;
import org.dialectica.model.Source;
import org.dialectica.model.validation.SourceTextProvider;

/**
 * A project loaded for reading, with lazy access to its stored source texts ({@code sources/<sha256>.txt}).
 * Texts are read once and cached: validation asks for a source's text once per anchor.
 */
public final class ReadOnlyProject implements SourceTextProvider {

    private final Path directory;
    private final Project project;
    private final Map<String, Optional<String>> texts = new HashMap<>();

    ReadOnlyProject(Path directory, Project project) {
        this.directory = directory;
        this.project = project;
    }

    public Path directory() {
        return directory;
    }

    public Project project() {
        return project;
    }

    /** The file that holds (or should hold) the text of {@code source}. */
    public Path textFile(Source source) {
        return directory.resolve("sources").resolve(source.getSha256() + ".txt");
    }

    /** The sources whose text file is missing: their anchors cannot be checked. */
    public List<Source> sourcesWithoutText() {
        return project.getSources().stream().filter(s -> textOf(s).isEmpty()).toList();
    }

    @Override
    public Optional<String> textOf(Source source) {
        String sha = source.getSha256();
        if (sha == null || !sha.matches("[0-9a-f]{64}")) {
            return Optional.empty(); // never build a path from an unchecked string; validation reports the sha
        }
        return texts.computeIfAbsent(sha, key -> read(textFile(source)));
    }

    private static Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
