package org.dialectica.core.project.impl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.dialectica.core.project.ProjectException;
import org.dialectica.core.project.ProjectException.Reason;
import org.dialectica.core.project.SourceTexts;
import org.dialectica.model.Source;

/** The texts and originals of a project's sources, stored as files under {@code sources/}. */
public final class FileSourceTexts implements SourceTexts {

    private final ProjectLayout layout;
    private final AtomicFileWriter writer;

    public FileSourceTexts(ProjectLayout layout, AtomicFileWriter writer) {
        this.layout = layout;
        this.writer = writer;
    }

    @Override
    public String text(Source source) throws ProjectException {
        Path file = textFile(source.getSha256(), "source " + name(source));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            throw new ProjectException(Reason.IO, file, "The text of source " + name(source) + " is missing: " + file
                    + " does not exist. Import the source again to restore it.", missing);
        } catch (IOException problem) {
            throw new ProjectException(Reason.IO, file,
                    "Cannot read the text of source " + name(source) + " from " + file + ": " + problem.getMessage(), problem);
        }
    }

    @Override
    public boolean hasText(String sha256) {
        return ProjectLayout.isSha256(sha256) && Files.isRegularFile(layout.text(sha256));
    }

    @Override
    public Path storeText(String sha256, String text) throws ProjectException {
        Path file = textFile(sha256, "a source");
        try {
            writer.writeDeferringFolderSync(file, text.getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (IOException problem) {
            throw new ProjectException(Reason.IO, file, "Cannot store the text " + file + ": " + problem.getMessage(), problem);
        }
    }

    @Override
    public Path storeOriginal(String sha256, String extension, InputStream content) throws ProjectException {
        Path file;
        try {
            file = layout.original(sha256, extension);
        } catch (IllegalArgumentException invalid) {
            throw new ProjectException(Reason.IO, layout.sources(), "Cannot store an original file: " + invalid.getMessage(),
                    invalid);
        }
        try {
            writer.writeDeferringFolderSync(file, content);
            return file;
        } catch (IOException problem) {
            throw new ProjectException(Reason.IO, file, "Cannot store the original " + file + ": " + problem.getMessage(),
                    problem);
        }
    }

    @Override
    public void sync() {
        writer.syncFolder(layout.sources());
    }

    private Path textFile(String sha256, String what) throws ProjectException {
        try {
            return layout.text(sha256);
        } catch (IllegalArgumentException invalid) {
            throw new ProjectException(Reason.CORRUPT, layout.sources(),
                    "Cannot find the text of " + what + ": " + invalid.getMessage(), invalid);
        }
    }

    private static String name(Source source) {
        String title = source.getTitle();
        return (title == null || title.isBlank() ? "" : "'" + title + "' ") + "(" + source.getId() + ")";
    }
}
