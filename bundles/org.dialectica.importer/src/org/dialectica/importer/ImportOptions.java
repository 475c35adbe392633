package org.dialectica.importer;

import java.util.List;
import java.util.Objects;

/**
 * How {@link ImportService} picks files in folders and imports them.
 *
 * @param includes   glob patterns ({@link java.nio.file.FileSystem#getPathMatcher "glob:" syntax}) a file in a
 *                   folder must match to be imported; empty means every file. A pattern is matched against the
 *                   path relative to the folder (with {@code /}) and against the file name, so {@code *.pdf}
 *                   and {@code papers/**} both work
 * @param excludes   glob patterns that exclude a file, matched the same way
 * @param recursive  whether sub-folders are searched
 * @param skipHidden whether files and folders whose name starts with a dot are skipped
 * @param limits     the limits every file is imported with
 * @param author     recorded as the author of the created sources ({@code null}: unknown)
 */
public record ImportOptions(List<String> includes, List<String> excludes, boolean recursive, boolean skipHidden,
        ImportLimits limits, String author) {

    public ImportOptions {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        Objects.requireNonNull(limits, "limits");
    }

    /** Every non-hidden file, recursively, with the default limits. */
    public static ImportOptions defaults() {
        return new ImportOptions(List.of(), List.of(), true, true, ImportLimits.defaults(),
                System.getProperty("user.name"));
    }

    public ImportOptions withIncludes(String... patterns) {
        return new ImportOptions(List.of(patterns), excludes, recursive, skipHidden, limits, author);
    }

    public ImportOptions withExcludes(String... patterns) {
        return new ImportOptions(includes, List.of(patterns), recursive, skipHidden, limits, author);
    }

    public ImportOptions withRecursive(boolean value) {
        return new ImportOptions(includes, excludes, value, skipHidden, limits, author);
    }

    public ImportOptions withLimits(ImportLimits value) {
        return new ImportOptions(includes, excludes, recursive, skipHidden, value, author);
    }

    public ImportOptions withAuthor(String value) {
        return new ImportOptions(includes, excludes, recursive, skipHidden, limits, value);
    }
}
