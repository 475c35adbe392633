package org.dialectica.importer.tika.fork;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;

import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportException;
import org.dialectica.importer.ImportException.Reason;

/**
 * The main class of the parse worker process: runs one {@link Extraction} per request until stdin ends
 * (which is also what happens when the workbench dies, so a worker never outlives it). Stdout carries
 * only {@link WorkerProtocol}; whatever libraries print goes to stderr.
 */
public final class ParseWorker {

    private ParseWorker() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(System.err);
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        Extraction extraction;
        try {
            extraction = Class.forName(args[0]).asSubclass(Extraction.class).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            e.printStackTrace();
            System.exit(2);
            return;
        }
        out.writeInt(WorkerProtocol.READY);
        out.flush();
        while (true) {
            WorkerProtocol.Request request;
            try {
                request = WorkerProtocol.readRequest(in);
            } catch (EOFException e) {
                return; // the workbench closed the pipe: done
            }
            serve(extraction, request, out);
        }
    }

    private static void serve(Extraction extraction, WorkerProtocol.Request request, DataOutputStream out)
            throws IOException {
        String name = String.valueOf(request.file().getFileName());
        ExtractedDocument doc;
        try {
            doc = extraction.extract(request.file(), request.limits());
        } catch (ImportException e) {
            WorkerProtocol.writeError(out, e.reason(), e.fileName(), e.detail());
            return;
        } catch (OutOfMemoryError e) {
            WorkerProtocol.writeError(out, Reason.TOO_LARGE, name, "parsing needed more than the "
                    + request.limits().workerMaxHeapMb() + " MiB of memory the parser may use", true);
            // The heap may be in any state: answer, then make room for a fresh worker.
            Runtime.getRuntime().halt(3);
            return;
        } catch (StackOverflowError | Exception e) {
            e.printStackTrace();
            WorkerProtocol.writeError(out, Reason.CORRUPT, name, "the parser failed: " + e);
            return;
        }
        WorkerProtocol.writeResult(out, doc);
    }
}
