package org.dialectica.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Decides which project the workbench opens at start: the one named on the command line, else the last one
 * used (if it still exists), else the sample project (copied into the workspace on first start).
 */
final class ProjectLocator {

    private ProjectLocator() {
    }

    static Optional<Path> fromArguments(List<String> args) {
        int i = args.indexOf(ActiveProject.PROJECT_ARGUMENT);
        if (i >= 0 && i + 1 < args.size()) {
            return Optional.of(Path.of(args.get(i + 1)).toAbsolutePath().normalize());
        }
        return Optional.empty();
    }

    static Optional<Path> lastUsed(String remembered) {
        if (remembered == null || remembered.isBlank()) {
            return Optional.empty();
        }
        Path dir = Path.of(remembered);
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }
}
