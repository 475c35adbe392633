package org.dialectica.sample.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.dialectica.importer.TextNormalizer;

/**
 * The two functions that tie a source's stored text to its original file: the SHA-256 of the
 * original bytes (the file name of both), and the normalisation that gives the stored text
 * anchors count in (UTF-8 decoded, Unicode NFC, line ends {@code \n}).
 */
public final class SourceTextNormalizer {

    private SourceTextNormalizer() {
    }

    /**
     * The stored text of an original plain-text file, normalised exactly as the importer normalises every
     * source ({@link TextNormalizer}), so that re-importing the article gives the same text and offsets.
     */
    public static String normalize(byte[] original) {
        String decoded = new String(original, StandardCharsets.UTF_8);
        if (decoded.startsWith("\uFEFF")) {
            decoded = decoded.substring(1); // a BOM is encoding, not text: offsets must not count it
        }
        return TextNormalizer.normalize(decoded);
    }

    /** Lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
