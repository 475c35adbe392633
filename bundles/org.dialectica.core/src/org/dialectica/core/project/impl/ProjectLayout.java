package org.dialectica.core.project.impl;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.dialectica.model.resource.DialecticaResourceFactory;

/** Where each file of a project folder lives; see {@link org.dialectica.core.project.ProjectService}. */
public record ProjectLayout(Path directory) {

    /** The folder of derived and local data, ignored by git. */
    public static final String LOCAL_FOLDER = ".dialectica";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,16}");

    public ProjectLayout {
        directory = directory.toAbsolutePath().normalize();
    }

    public Path model() {
        return directory.resolve(DialecticaResourceFactory.PROJECT_FILE_NAME);
    }

    public Path local() {
        return directory.resolve(LOCAL_FOLDER);
    }

    public Path lock() {
        return local().resolve("lock");
    }

    public Path autosave() {
        return local().resolve("autosave").resolve(DialecticaResourceFactory.PROJECT_FILE_NAME);
    }

    public Path backup() {
        return local().resolve("backup").resolve(DialecticaResourceFactory.PROJECT_FILE_NAME + ".bak");
    }

    public Path gitignore() {
        return directory.resolve(".gitignore");
    }

    public Path sources() {
        return directory.resolve("sources");
    }

    /**
     * The text file of the source with this hash. The hash comes from a model file, which is
     * untrusted: only a well-formed SHA-256 may become part of a path, never {@code ../} or a separator.
     */
    public Path text(String sha256) {
        return sources().resolve(checkedSha256(sha256) + ".txt");
    }

    /** The original file of the source with this hash. */
    public Path original(String sha256, String extension) {
        if (extension == null || !EXTENSION.matcher(extension).matches()) {
            throw new IllegalArgumentException("Not a file extension: " + extension);
        }
        return sources().resolve(checkedSha256(sha256) + ".orig." + extension);
    }

    public static boolean isSha256(String sha256) {
        return sha256 != null && SHA256.matcher(sha256).matches();
    }

    private static String checkedSha256(String sha256) {
        if (!isSha256(sha256)) {
            throw new IllegalArgumentException("Not a SHA-256 in lower-case hex: " + sha256);
        }
        return sha256;
    }

    /** The name to show for this project before its model is read. */
    public String displayName() {
        Path name = directory.getFileName();
        return name == null ? directory.toString() : name.toString();
    }
}
