package org.dialectica.interchange.aif;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Names and limits of the AIF JSON form used by AIFdb and OVA: {@code nodes} [{nodeID, text, type,
 * timestamp, scheme?}], {@code edges} [{edgeID, fromID, toID}], {@code locutions} [...].
 */
final class AifJson {

    static final String NODES = "nodes";
    static final String EDGES = "edges";
    static final String LOCUTIONS = "locutions";
    static final String NODE_ID = "nodeID";
    static final String EDGE_ID = "edgeID";
    static final String FROM_ID = "fromID";
    static final String TO_ID = "toID";
    static final String TEXT = "text";
    static final String TYPE = "type";
    static final String TIMESTAMP = "timestamp";
    static final String SCHEME = "scheme";
    static final String SCHEME_NAME = "schemeName";

    /** Dialectica extensions: other tools ignore unknown fields, Dialectica reads them back. */
    static final String CONFLICT_KIND = "conflictKind";
    static final String DIALECTICA_TYPE = "dialecticaType";
    static final String ISSUE = "issue";
    static final String POSITIONS = "positions";
    static final String SCHEMES = "dialecticaSchemes";

    static final String DEFAULT_INFERENCE = "Default Inference";
    static final String DEFAULT_CONFLICT = "Default Conflict";
    static final String DEFAULT_PREFERENCE = "Default Preference";
    static final String DEFAULT_REPHRASE = "Default Rephrase";

    /** AIFdb's timestamp form, in UTC. */
    static final DateTimeFormatter TIMESTAMP_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static final int MAX_STRING_LENGTH = 1_000_000;
    static final int MAX_NESTING_DEPTH = 32;
    static final int MAX_NUMBER_LENGTH = 64;

    private AifJson() {
    }

    /** A mapper whose parser refuses absurd strings, numbers and nesting, so hostile files fail fast. */
    static ObjectMapper mapper(long maxDocumentLength) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_LENGTH)
                        .maxNestingDepth(MAX_NESTING_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxDocumentLength(maxDocumentLength).build())
                .build();
        return new ObjectMapper(factory);
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP_FORMAT.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The instant of an AIFdb or ISO-8601 timestamp; null when absent or unreadable (timestamps are optional). */
    static Instant parseTimestamp(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDateTime.parse(text.strip(), TIMESTAMP_FORMAT).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notAifdb) {
                return null;
            }
        }
    }
}
