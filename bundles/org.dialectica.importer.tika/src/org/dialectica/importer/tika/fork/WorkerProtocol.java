package org.dialectica.importer.tika.fork;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dialectica.importer.DocumentMetadata;
import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportException;
import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.Passage;

/**
 * The binary conversation between the workbench and a parse worker over the worker's stdin and stdout:
 * the worker announces {@link #READY}; then, per file, a request (path and limits) is answered by a
 * result (text, metadata, passages) or an error (reason, file name, detail).
 */
final class WorkerProtocol {

    static final int READY = 0x44494131; // "DIA1"
    private static final byte OK = 1;
    private static final byte ERROR = 2;
    private static final byte FATAL = 3;

    private WorkerProtocol() {
    }

    record Request(Path file, ImportLimits limits) {
    }

    static void writeRequest(DataOutputStream out, Path file, ImportLimits limits) throws IOException {
        out.writeUTF(file.toAbsolutePath().toString());
        out.writeLong(limits.maxFileSize());
        out.writeLong(limits.maxChars());
        out.writeLong(limits.parseTimeout().toMillis());
        out.writeLong(limits.maxCompressionRatio());
        out.writeInt(limits.maxPackageDepth());
        out.writeInt(limits.workerMaxHeapMb());
        out.flush();
    }

    static Request readRequest(DataInputStream in) throws IOException {
        Path file = Path.of(in.readUTF());
        ImportLimits limits = new ImportLimits(in.readLong(), in.readLong(), Duration.ofMillis(in.readLong()),
                in.readLong(), in.readInt(), in.readInt());
        return new Request(file, limits);
    }

    static void writeResult(DataOutputStream out, ExtractedDocument doc) throws IOException {
        out.writeByte(OK);
        writeString(out, doc.text());
        DocumentMetadata m = doc.metadata();
        writeNullable(out, m.title());
        out.writeInt(m.authors().size());
        for (String a : m.authors()) {
            writeString(out, a);
        }
        writeNullable(out, m.date());
        writeNullable(out, m.language());
        writeString(out, m.mediaType());
        out.writeInt(m.properties().size());
        for (Map.Entry<String, String> e : m.properties().entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
        out.writeInt(doc.passages().size());
        for (Passage p : doc.passages()) {
            out.writeByte(p.kind().ordinal());
            out.writeInt(p.start());
            out.writeInt(p.end());
        }
        out.flush();
    }

    static void writeError(DataOutputStream out, ImportException.Reason reason, String fileName, String detail)
            throws IOException {
        writeError(out, reason, fileName, detail, false);
    }

    /** An error; {@code workerEnds} tells the workbench that the worker exits after this answer. */
    static void writeError(DataOutputStream out, ImportException.Reason reason, String fileName, String detail,
            boolean workerEnds) throws IOException {
        out.writeByte(workerEnds ? FATAL : ERROR);
        out.writeUTF(reason.name());
        writeString(out, fileName);
        writeString(out, detail == null ? "" : detail);
        out.flush();
    }

    /** The worker reported an error after which it exits. */
    static final class WorkerEndsException extends ImportException {
        private static final long serialVersionUID = 1L;

        WorkerEndsException(Reason reason, String fileName, String detail) {
            super(reason, fileName, detail);
        }
    }

    /** Reads a result, or throws the error the worker reported. */
    static ExtractedDocument readResponse(DataInputStream in) throws IOException, ImportException {
        byte status = in.readByte();
        if (status == ERROR || status == FATAL) {
            ImportException.Reason reason = ImportException.Reason.valueOf(in.readUTF());
            String fileName = readString(in);
            String detail = readString(in);
            throw status == FATAL ? new WorkerEndsException(reason, fileName, detail)
                    : new ImportException(reason, fileName, detail);
        }
        if (status != OK) {
            throw new IOException("parse worker protocol error: status " + status);
        }
        String text = readString(in);
        String title = readNullable(in);
        List<String> authors = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            authors.add(readString(in));
        }
        String date = readNullable(in);
        String language = readNullable(in);
        String mediaType = readString(in);
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            properties.put(readString(in), readString(in));
        }
        List<Passage> passages = new ArrayList<>();
        Passage.Kind[] kinds = Passage.Kind.values();
        for (int i = in.readInt(); i > 0; i--) {
            passages.add(new Passage(kinds[in.readByte()], in.readInt(), in.readInt()));
        }
        return new ExtractedDocument(text, new DocumentMetadata(title, authors, date, language, mediaType, properties),
                passages);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("parse worker protocol error: length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            writeString(out, s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }
}
