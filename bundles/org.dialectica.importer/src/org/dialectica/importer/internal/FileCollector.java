package org.dialectica.importer.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dialectica.importer.ImportOptions;

/**
 * Lists the files a batch import takes from a folder: regular files matching the include patterns and none
 * of the exclude patterns, in a stable order (by relative path). Symbolic links to folders are not
 * followed, so a link cycle cannot make the walk endless.
 */
public final class FileCollector {

    private final ImportOptions options;
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    public FileCollector(ImportOptions options) {
        this.options = options;
        this.includes = options.includes().stream().map(FileCollector::glob).toList();
        this.excludes = options.excludes().stream().map(FileCollector::glob).toList();
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }

    /** The files under {@code folder} to import. */
    public List<Path> collect(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(folder, java.util.Set.of(), options.recursive() ? Integer.MAX_VALUE : 1,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(folder) && options.skipHidden() && isHidden(dir)
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && accepts(folder.relativize(file))) {
                            files.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE; // unreadable entries are skipped, not fatal
                    }
                });
        files.sort(Comparator.comparing(f -> folder.relativize(f).toString().replace('\\', '/')));
        return files;
    }

    boolean accepts(Path relative) {
        if (options.skipHidden() && isHidden(relative)) {
            return false;
        }
        if (!includes.isEmpty() && includes.stream().noneMatch(m -> matches(m, relative))) {
            return false;
        }
        return excludes.stream().noneMatch(m -> matches(m, relative));
    }

    private static boolean matches(PathMatcher matcher, Path relative) {
        Path name = relative.getFileName();
        return matcher.matches(relative) || (name != null && matcher.matches(name));
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
