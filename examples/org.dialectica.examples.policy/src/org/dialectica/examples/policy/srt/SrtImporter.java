package org.dialectica.examples.policy.srt;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dialectica.importer.DocumentMetadata;
import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportChecks;
import org.dialectica.importer.ImportException;
import org.dialectica.importer.ImportException.Reason;
import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.PassageTextBuilder;
import org.dialectica.importer.SourceImporter;

/**
 * Imports SubRip subtitles (.srt), e.g. transcripts of debates and hearings, as one passage per cue, without
 * cue numbers and timings (Tika would keep both in the text). Contributed through the extension point
 * {@code org.dialectica.importer.sourceImporters} in plugin.xml. The cue count and the time of the last cue
 * are recorded in the source's metadata.
 */
public class SrtImporter implements SourceImporter {

    public static final String MEDIA_TYPE = "application/x-subrip";
    public static final String CUES_PROPERTY = "srt:cues";
    public static final String DURATION_PROPERTY = "srt:duration";

    /** Many subtitle files are still written in Windows code pages; UTF-8 is tried first. */
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MEDIA_TYPE);
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("srt");
    }

    @Override
    public ExtractedDocument extract(Path file, ImportLimits limits) throws ImportException {
        ImportChecks.checkFile(file, limits);
        String name = ImportChecks.displayName(file);
        List<Cue> cues;
        try {
            cues = new SrtParser().parse(decode(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new ImportException(Reason.IO, name, "cannot read the file: " + e.getMessage(), e);
        } catch (SrtParser.SrtFormatException e) {
            throw new ImportException(Reason.CORRUPT, name, "not a SubRip subtitle file: " + e.getMessage(), e);
        }
        if (cues.isEmpty()) {
            throw new ImportException(Reason.EMPTY, name, "the subtitle file has no cue with text");
        }
        PassageTextBuilder text = new PassageTextBuilder();
        for (Cue cue : cues) {
            text.addBlock(cue.text());
            if (text.length() > limits.maxChars()) {
                throw new ImportException(Reason.TOO_MUCH_TEXT, name,
                        "more than " + limits.maxChars() + " characters of text");
            }
        }
        Duration last = cues.get(cues.size() - 1).end();
        return text.build(new DocumentMetadata(null, List.of(), null, null, MEDIA_TYPE,
                Map.of(CUES_PROPERTY, Integer.toString(cues.size()), DURATION_PROPERTY, last.toString())));
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, FALLBACK);
        }
    }
}
