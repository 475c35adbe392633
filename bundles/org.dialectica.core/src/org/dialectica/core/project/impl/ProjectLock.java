package org.dialectica.core.project.impl;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

import org.dialectica.core.project.ProjectException;
import org.dialectica.core.project.ProjectException.Reason;

/**
 * Keeps a second process (or a second open in this process) from editing a project at the same time.
 *
 * <p>The lock is an operating-system lock ({@link FileChannel#tryLock}) on {@code .dialectica/lock},
 * so it disappears when the holder dies, even by {@code kill -9}: a stale lock never needs manual
 * removal. The file also says who holds it (pid, host, time), so the refusal can name the holder.
 * The locked byte range lies beyond that text: on Windows a locked range cannot be read by others.
 */
public final class ProjectLock implements AutoCloseable {

    private static final long LOCKED_REGION = 1L << 32;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of the project in {@code layout}.
     *
     * @throws ProjectException {@link Reason#LOCKED} naming the holder, or {@link Reason#IO}
     */
    public static ProjectLock acquire(ProjectLayout layout) throws ProjectException {
        Path file = layout.lock();
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_REGION, 1, false);
            } catch (OverlappingFileLockException heldByThisProcess) {
                lock = null;
            }
            if (lock == null) {
                throw new ProjectException(Reason.LOCKED, layout.directory(), refusal(layout, file));
            }
            writeHolder(channel);
            ProjectLock acquired = new ProjectLock(channel, lock);
            channel = null;
            return acquired;
        } catch (IOException problem) {
            throw new ProjectException(Reason.IO, file,
                    "Cannot lock project " + layout.displayName() + " (" + file + "): " + problem.getMessage(), problem);
        } finally {
            closeQuietly(channel);
        }
    }

    private static void writeHolder(FileChannel channel) throws IOException {
        Properties holder = new Properties();
        holder.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        holder.setProperty("host", hostName());
        holder.setProperty("since", Instant.now().toString());
        StringBuilder text = new StringBuilder();
        holder.stringPropertyNames().stream().sorted()
                .forEach(key -> text.append(key).append('=').append(holder.getProperty(key)).append('\n'));
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    private static String refusal(ProjectLayout layout, Path file) {
        Properties holder = new Properties();
        try {
            holder.load(new java.io.StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException unreadable) {
            // The holder may be writing it right now; the refusal stands without the details.
        }
        String pid = holder.getProperty("pid");
        String details = describe(holder);
        boolean thisProcess = Long.toString(ProcessHandle.current().pid()).equals(pid);
        return "Project " + layout.displayName() + " is open in "
                + (thisProcess ? "this Dialectica process" : "another Dialectica process")
                + (details.isEmpty() ? "" : " (" + details + ")") + ". Close it there first.";
    }

    private static String describe(Properties holder) {
        StringBuilder details = new StringBuilder();
        String pid = holder.getProperty("pid");
        if (pid != null) {
            details.append("pid ").append(pid);
        }
        String host = holder.getProperty("host");
        if (host != null && !host.equals(hostName())) {
            details.append(details.isEmpty() ? "" : " ").append("on ").append(host);
        }
        String since = holder.getProperty("since");
        if (since != null) {
            try {
                details.append(details.isEmpty() ? "" : " ").append("since ").append(TIME.format(Instant.parse(since)));
            } catch (java.time.DateTimeException notATime) {
                // Written by someone else; leave the time out.
            }
        }
        return details.toString();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException unknown) {
            return "unknown host";
        }
    }

    /** Releases the lock; the file stays, empty of meaning once unlocked. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException alreadyGone) {
            // The channel is closed below anyway, which releases the lock too.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing left to release.
            }
        }
    }
}
