package org.dialectica.core.project.impl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces files so that a reader, or the next start after a crash or power cut, sees either the
 * complete old content or the complete new one, never a truncated file.
 *
 * <p>The content goes to a temporary file in the target's folder (same file system, so the rename
 * is atomic), is forced to the disk, and is then renamed over the target. A plain
 * {@code Resource.save(...)} truncates the target first and leaves a 0-byte model when the process
 * dies mid-save; this class never opens the target for writing.
 */
public final class AtomicFileWriter {

    private static final String TEMP_SUFFIX = ".tmp";

    /** Writes {@code content} to {@code target} atomically. */
    public void write(Path target, byte[] content) throws IOException {
        write(target, content, null);
    }

    /**
     * Writes {@code content} to {@code target} atomically; when {@code backup} is not null, the
     * previous content of {@code target} (if any) is first kept there, itself written atomically,
     * so exactly one previous version is kept.
     */
    public void write(Path target, byte[] content, Path backup) throws IOException {
        Path temp = writeTemp(target, out -> out.write(ByteBuffer.wrap(content)));
        commit(temp, target, backup, true);
    }

    /**
     * Like {@link #write(Path, byte[])}, but the new name is made durable only by a later
     * {@link #syncFolder(Path)}: until then a crash may lose the file, never leave it partial. For
     * batches of new files that nothing refers to until the batch ends, one folder sync instead of one
     * per file.
     */
    public void writeDeferringFolderSync(Path target, byte[] content) throws IOException {
        Path temp = writeTemp(target, out -> out.write(ByteBuffer.wrap(content)));
        commit(temp, target, null, false);
    }

    /**
     * Copies {@code content} to {@code target} atomically without holding it in memory, the folder sync deferred
     * as {@link #writeDeferringFolderSync(Path, byte[])}.
     */
    public void writeDeferringFolderSync(Path target, InputStream content) throws IOException {
        Path temp = writeTemp(target, out -> content.transferTo(Channels.newOutputStream(out)));
        commit(temp, target, null, false);
    }

    /** Makes the names of the files written into {@code folder} durable. */
    public void syncFolder(Path folder) {
        syncDirectory(folder);
    }

    private void commit(Path temp, Path target, Path backup, boolean syncFolder) throws IOException {
        try {
            if (backup != null && Files.isRegularFile(target)) {
                keepBackup(target, backup);
            }
            move(temp, target);
            if (syncFolder) {
                syncDirectory(target.getParent());
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void keepBackup(Path target, Path backup) throws IOException {
        Files.createDirectories(backup.getParent());
        Path temp = writeTemp(backup, out -> {
            try (FileChannel in = FileChannel.open(target, StandardOpenOption.READ)) {
                long position = 0;
                long size = in.size();
                while (position < size) {
                    position += in.transferTo(position, size - position, out);
                }
            }
        });
        try {
            move(temp, backup);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private interface Content {
        void writeTo(FileChannel channel) throws IOException;
    }

    /** Writes a temporary sibling of {@code target} and forces it to the disk. */
    private Path writeTemp(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", TEMP_SUFFIX);
        boolean written = false;
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            content.writeTo(channel);
            // Data and metadata must be on the disk before the rename makes the file visible.
            channel.force(true);
            written = true;
        } finally {
            if (!written) {
                Files.deleteIfExists(temp);
            }
        }
        return temp;
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            // Only on file systems without atomic rename (some network shares): still better than truncating.
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable. Possible on POSIX systems only; elsewhere the rename is durable enough. */
    private static void syncDirectory(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows cannot open a folder as a channel; NTFS journals the rename.
        }
    }
}
