package org.dialectica.index.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.dialectica.index.IndexLockedException;
import org.dialectica.index.OpenOutcome;

/**
 * Decides whether an index folder can be used as it is, and empties it when it cannot. Every check
 * only reads; only {@link #wipe} deletes, and only inside the index folder.
 */
final class IndexHealth {

    /** Present while updates are not yet committed; found on open, it means they were lost. */
    static final String PENDING_MARKER = "dialectica-uncommitted";

    private IndexHealth() {
    }

    /** What to do with the index in {@code folder}: {@link OpenOutcome#OPENED} means use it. */
    static OpenOutcome inspect(Path folder, Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                // Segment files without a commit point: the index lost its segments_N file.
                return hasSegmentFiles(folder) ? OpenOutcome.REBUILT_CORRUPT : OpenOutcome.CREATED;
            }
            if (Files.exists(folder.resolve(PENDING_MARKER))) {
                return OpenOutcome.REBUILT_STALE;
            }
            SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
            if (!IndexSchema.VERSION.equals(commit.getUserData().get(IndexSchema.VERSION_KEY))) {
                return OpenOutcome.REBUILT_OUTDATED;
            }
            // Verifies every file's checksum: damage anywhere is found now, not in the middle of a search.
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
            }
            return OpenOutcome.OPENED;
        } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
            return OpenOutcome.REBUILT_OUTDATED;
        } catch (IOException | RuntimeException e) {
            // CorruptIndexException, missing files (NoSuchFileException), truncation (EOFException),
            // unknown codecs (IllegalArgumentException): the index cannot be trusted.
            return OpenOutcome.REBUILT_CORRUPT;
        }
    }

    private static boolean hasSegmentFiles(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "_*")) {
            return files.iterator().hasNext();
        }
    }

    /** Deletes every file in the index folder, holding the write lock so no live writer is robbed. */
    static void wipe(Path folder, Directory directory) throws IOException {
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                for (Path file : files) {
                    if (!file.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
                        deleteRecursively(file);
                    }
                }
            }
        } catch (LockObtainFailedException e) {
            throw locked(folder, e);
        }
    }

    static IndexLockedException locked(Path folder, Exception cause) {
        return new IndexLockedException("The search index " + folder
                + " is in use by another Dialectica window or process; close it and try again.", cause);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
                for (Path child : children) {
                    deleteRecursively(child);
                }
            }
        }
        Files.deleteIfExists(path);
    }
}
