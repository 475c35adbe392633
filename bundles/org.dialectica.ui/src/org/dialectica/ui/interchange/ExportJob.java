package org.dialectica.ui.interchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicLong;

import org.dialectica.core.project.OpenProject;
import org.dialectica.interchange.InterchangeException;
import org.dialectica.interchange.InterchangeService;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;

/**
 * Exports in the background and replaces the target file atomically: the document is written to a
 * temporary file next to the target, then moved over it, so a failed or cancelled export never leaves half a
 * file where the previous one was.
 * <p>
 * EMF models are not thread-safe and the user may keep editing: like the core's autosave, the export counts
 * the commands executed while it read the model and starts again (a few times) when one ran meanwhile.
 */
public final class ExportJob extends Job {

    private static final int ATTEMPTS = 3;

    private final OpenProject project;
    private final InterchangeService service;
    private final ExportRequest request;

    public ExportJob(OpenProject project, InterchangeService service, ExportRequest request) {
        super("Exporting to " + request.target().getFileName());
        this.project = project;
        this.service = service;
        this.request = request;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            byte[] document = snapshot(monitor);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            writeAtomically(request.target(), document);
            return Status.OK_STATUS;
        } catch (InterchangeException e) {
            return Status.error("The project cannot be exported in this format: " + e.getMessage(), e);
        } catch (IOException e) {
            return Status.error("Could not write " + request.target() + ": " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }

    private byte[] snapshot(IProgressMonitor monitor) throws InterchangeException, IOException {
        CommandStack stack = project.editingDomain().getCommandStack();
        AtomicLong edits = new AtomicLong();
        CommandStackListener counter = event -> edits.incrementAndGet();
        stack.addCommandStackListener(counter);
        try {
            for (int attempt = 1;; attempt++) {
                long before = edits.get();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    service.export(project, request.scope(), request.formatId(), request.options(), out);
                } catch (RuntimeException e) {
                    if (edits.get() == before || attempt == ATTEMPTS) {
                        throw e; // not caused by a concurrent edit: a real bug, let it show
                    }
                    continue;
                }
                if (edits.get() == before || attempt == ATTEMPTS || monitor.isCanceled()) {
                    return out.toByteArray();
                }
            }
        } finally {
            stack.removeCommandStackListener(counter);
        }
    }

    /** Writes next to the target, then renames over it, so readers see the old file or the new one, whole. */
    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            keepPermissions(target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(content));
                channel.force(true); // on disk before the rename makes it the target
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Temporary files are created private (rw-------); an export is a document to share, so it gets the
     * replaced file's permissions, or rw-r--r-- for a new file, where the file system has POSIX permissions.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }

    public ExportRequest request() {
        return request;
    }
}
