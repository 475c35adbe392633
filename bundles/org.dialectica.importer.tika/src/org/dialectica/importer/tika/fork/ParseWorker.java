package org.dialectica.importer.tika.fork;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.concurrent.SynchronousQueue;

import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportException;
import org.dialectica.importer.ImportException.Reason;

/**
 * The main class of the parse worker process: runs one {@link Extraction} per request until stdin ends
 * (which is also what happens when the workbench dies, so a worker never outlives it). Stdout carries
 * only {@link WorkerProtocol}; whatever libraries print goes to stderr.
 * <p>
 * Each file is parsed on the main thread; what is left of its extraction ({@link Extraction#extractInSteps}) and the
 * answer are done on a second thread, while the main thread reads the next request and parses that file. Answers go
 * out in the order of the requests. At most one file waits for the second thread, so memory holds at most two
 * extracted texts besides the parse.
 */
public final class ParseWorker {

    /** What the answering thread does for one request, in the order of the requests; {@link #END} ends it. */
    private interface Answer {
        void send(DataOutputStream out) throws IOException;
    }

    private static final Answer END = out -> {
    };

    /** The answer after running out of memory: the worker halts once it is sent and takes no further request. */
    private record OutOfMemory(WorkerProtocol.Request request) implements Answer {
        @Override
        public void send(DataOutputStream out) throws IOException {
            outOfMemory(request, out);
        }
    }

    private ParseWorker() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
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
        SynchronousQueue<Answer> answers = new SynchronousQueue<>();
        // A daemon, so that the process still ends when the main thread fails.
        Thread answering = Thread.ofPlatform().name("answers").daemon().start(() -> answer(answers, out));
        while (true) {
            WorkerProtocol.Request request;
            try {
                request = WorkerProtocol.readRequest(in);
            } catch (EOFException e) {
                answers.put(END); // the workbench closed the pipe: answer what is started, then done
                answering.join();
                return;
            }
            Answer answer = parse(extraction, request);
            answers.put(answer);
            if (answer instanceof OutOfMemory) {
                answering.join(); // it halts the process once it has answered
                return;
            }
        }
    }

    /** Parses on this thread; returns the rest of the work and the answer. */
    private static Answer parse(Extraction extraction, WorkerProtocol.Request request) {
        Extraction.Rest rest;
        try {
            rest = extraction.extractInSteps(request.file(), request.limits());
        } catch (OutOfMemoryError | StackOverflowError | Exception e) {
            return failure(e, request);
        }
        return out -> {
            ExtractedDocument doc;
            try {
                doc = rest.finish();
            } catch (OutOfMemoryError | StackOverflowError | Exception e) {
                failure(e, request).send(out);
                return;
            }
            WorkerProtocol.writeResult(out, doc);
        };
    }

    /**
     * The answer to a failed extraction, in either step: the importer's verdict on the file, the memory limit (after
     * which the worker halts), or a parser that failed.
     */
    private static Answer failure(Throwable e, WorkerProtocol.Request request) {
        if (e instanceof ImportException verdict) {
            return out -> WorkerProtocol.writeError(out, verdict.reason(), verdict.fileName(), verdict.detail());
        }
        if (e instanceof OutOfMemoryError) {
            return new OutOfMemory(request);
        }
        e.printStackTrace();
        return out -> WorkerProtocol.writeError(out, Reason.CORRUPT, String.valueOf(request.file().getFileName()),
                "the parser failed: " + e);
    }

    /** The heap may be in any state: answer, then make room for a fresh worker. */
    private static void outOfMemory(WorkerProtocol.Request request, DataOutputStream out) throws IOException {
        WorkerProtocol.writeError(out, Reason.TOO_LARGE, String.valueOf(request.file().getFileName()),
                "parsing needed more than the " + request.limits().workerMaxHeapMb()
                        + " MiB of memory the parser may use", true);
        Runtime.getRuntime().halt(3);
    }

    /**
     * The answering thread: sends the answers in order. A broken pipe means the workbench is gone; any other error
     * ends the process too, as it did when answers were sent on the main thread, so that the workbench hears of it at
     * once instead of waiting for the parse timeout while the main thread waits for this one.
     */
    private static void answer(SynchronousQueue<Answer> answers, DataOutputStream out) {
        try {
            for (Answer answer = answers.take(); answer != END; answer = answers.take()) {
                answer.send(out);
            }
        } catch (IOException | InterruptedException e) {
            Runtime.getRuntime().halt(4);
        } catch (Throwable e) {
            e.printStackTrace();
            Runtime.getRuntime().halt(4);
        }
    }
}
