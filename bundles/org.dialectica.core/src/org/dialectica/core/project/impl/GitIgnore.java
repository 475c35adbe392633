package org.dialectica.core.project.impl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps the local folder out of version control: writes {@code .gitignore} when the project has none. */
final class GitIgnore {

    static final String CONTENT = "# Written by Dialectica: local data (lock, autosave, backup, index), never shared.\n"
            + ProjectLayout.LOCAL_FOLDER + "/\n";

    private GitIgnore() {
    }

    /** A user's own .gitignore is never changed: it may ignore .dialectica/ in its own way. */
    static void writeIfMissing(ProjectLayout layout, AtomicFileWriter writer) throws IOException {
        Path file = layout.gitignore();
        if (!Files.exists(file)) {
            writer.write(file, CONTENT.getBytes(StandardCharsets.UTF_8));
        }
    }
}
