package org.dialectica.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Checks every importer makes before parsing, so that they fail the same way on the same input. */
public final class ImportChecks {

    private ImportChecks() {
    }

    /**
     * Fails unless {@code file} is a readable regular file of 1 to {@link ImportLimits#maxFileSize()} bytes.
     *
     * @return the file's size in bytes
     */
    public static long checkFile(Path file, ImportLimits limits) throws ImportException {
        String name = displayName(file);
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportException(ImportException.Reason.IO, name, "not a regular file");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportException(ImportException.Reason.EMPTY, name, "the file is empty (0 bytes)");
            }
            if (size > limits.maxFileSize()) {
                throw new ImportException(ImportException.Reason.TOO_LARGE, name, "the file has " + size
                        + " bytes, more than the limit of " + limits.maxFileSize() + " bytes");
            }
            if (!Files.isReadable(file)) {
                throw new ImportException(ImportException.Reason.IO, name, "the file cannot be read");
            }
            return size;
        } catch (NoSuchFileException e) {
            throw new ImportException(ImportException.Reason.IO, name, "the file does not exist", e);
        } catch (IOException e) {
            throw new ImportException(ImportException.Reason.IO, name, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Copies a stream to a file of the same name in a new temporary folder, enforcing the size limit, so
     * that format detection and messages see the original name. Delete it with {@link #deleteSpooled(Path)}.
     */
    static Path spool(InputStream in, String fileName, ImportLimits limits) throws ImportException {
        Path temp = null;
        try {
            String safeName = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[\\x00-\\x1f:*?\"<>|]", "_");
            if (safeName.isBlank() || safeName.equals(".") || safeName.equals("..")) {
                safeName = "input";
            }
            temp = Files.createTempDirectory("dialectica-import-").resolve(safeName);
            long copied = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(temp)) {
                for (int n; (n = in.read(buffer)) > 0;) {
                    copied += n;
                    if (copied > limits.maxFileSize()) {
                        throw new ImportException(ImportException.Reason.TOO_LARGE, fileName,
                                "more than the limit of " + limits.maxFileSize() + " bytes");
                    }
                    out.write(buffer, 0, n);
                }
            }
            return temp;
        } catch (IOException | ImportException | RuntimeException e) {
            if (temp != null) {
                deleteSpooled(temp);
            }
            if (e instanceof ImportException ie) {
                throw ie;
            }
            throw new ImportException(ImportException.Reason.IO, fileName, "cannot read: " + e.getMessage(), e);
        }
    }

    static void deleteSpooled(Path spooled) {
        try {
            Files.deleteIfExists(spooled);
            Files.deleteIfExists(spooled.getParent());
        } catch (IOException e) {
            spooled.toFile().deleteOnExit();
            spooled.getParent().toFile().deleteOnExit();
        }
    }

    /** The lower-case extension of a file name without the dot, or "" when it has none. */
    public static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        int dot = fileName.lastIndexOf('.');
        return dot > slash + 1 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    public static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
