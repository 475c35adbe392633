package org.dialectica.index.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.dialectica.model.Source;
import org.dialectica.model.validation.SourceTextProvider;

/** Reads a source's stored text from {@code <project>/sources/<sha256>.txt}. */
public final class ProjectFolderTexts implements SourceTextProvider {

    private final Path projectDir;

    public ProjectFolderTexts(Path projectDir) {
        this.projectDir = projectDir;
    }

    @Override
    public Optional<String> textOf(Source source) {
        String sha = source.getSha256();
        if (sha == null || !sha.matches("[0-9a-f]{64}")) {
            return Optional.empty(); // never build a path from an unchecked name
        }
        Path file = projectDir.resolve("sources").resolve(sha + ".txt");
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // a missing or unreadable text leaves its source unsearchable, not the project
        }
    }
}
