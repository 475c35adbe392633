package org.dialectica.interchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.dialectica.interchange.InterchangeException;

/**
 * Reads an untrusted text file: at most {@code maxBytes}, strictly UTF-8 (a byte order mark is dropped),
 * so a Latin-1 or UTF-16 file is refused with the line of the first bad byte instead of being loaded
 * with mangled characters.
 */
public final class Utf8Input {

    /** The default ceiling for interchange files: far above any real argument map, far below memory trouble. */
    public static final int DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

    private Utf8Input() {
    }

    public static String read(InputStream in, String fileName, int maxBytes) throws IOException, InterchangeException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new InterchangeException(fileName, "the file is larger than " + (maxBytes / (1024 * 1024))
                    + " MiB, the limit for interchange files");
        }
        return decode(bytes, fileName);
    }

    static String decode(byte[] bytes, String fileName) throws InterchangeException {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
            throw new InterchangeException(fileName, "the file is UTF-16; save it as UTF-8", 1, 1, null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(input, output, true);
        if (result.isError()) {
            int offset = input.position();
            throw new InterchangeException(fileName, String.format(
                    "byte 0x%02x at offset %d is not UTF-8; save the file as UTF-8", bytes[offset] & 0xff, offset),
                    lineOf(bytes, offset), columnOf(bytes, offset), null);
        }
        decoder.flush(output);
        return output.flip().toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int columnOf(byte[] bytes, int offset) {
        int column = 1;
        for (int i = offset - 1; i >= 0 && bytes[i] != '\n'; i--) {
            column++;
        }
        return column;
    }
}
