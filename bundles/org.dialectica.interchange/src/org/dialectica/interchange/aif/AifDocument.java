package org.dialectica.interchange.aif;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.dialectica.interchange.ImportReport;
import org.dialectica.interchange.InterchangeException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An AIF JSON file parsed with Jackson's streaming API, one tree per node and edge, each remembering
 * where it started so that later checks (an edge to a missing node) can name the line.
 */
final class AifDocument {

    /** A JSON object of the file and where it starts. */
    record Located(JsonNode json, int line, int column) {
    }

    final List<Located> nodes = new ArrayList<>();
    final List<Located> edges = new ArrayList<>();
    final List<String> locutionsJson = new ArrayList<>();
    final List<Located> schemes = new ArrayList<>();

    static AifDocument parse(String text, String fileName, ImportReport report) throws InterchangeException {
        ObjectMapper mapper = AifJson.mapper(Math.max(text.length(), 1) + 1L);
        AifDocument document = new AifDocument();
        try (JsonParser parser = mapper.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw error(fileName, "an AIF file is a JSON object with \"nodes\" and \"edges\"", parser.currentTokenLocation());
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case AifJson.NODES -> document.readArray(parser, mapper, fileName, field, document.nodes);
                    case AifJson.EDGES -> document.readArray(parser, mapper, fileName, field, document.edges);
                    case AifJson.SCHEMES -> document.readArray(parser, mapper, fileName, field, document.schemes);
                    case AifJson.LOCUTIONS -> {
                        List<Located> locutions = new ArrayList<>();
                        document.readArray(parser, mapper, fileName, field, locutions);
                        locutions.forEach(l -> document.locutionsJson.add(l.json().toString()));
                    }
                    default -> {
                        if (value.isStructStart()) {
                            parser.skipChildren();
                        }
                        report.skip("field", "\"" + field + "\" is not part of the argument graph");
                    }
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw error(fileName, "unexpected content after the AIF object", parser.currentTokenLocation());
            }
        } catch (JsonProcessingException e) {
            throw error(fileName, "malformed JSON: " + e.getOriginalMessage(), e.getLocation(), e);
        } catch (IOException e) {
            throw new InterchangeException(fileName, "cannot read JSON: " + e.getMessage(), e);
        }
        return document;
    }

    private void readArray(JsonParser parser, ObjectMapper mapper, String fileName, String field, List<Located> into)
            throws IOException, InterchangeException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw error(fileName, "\"" + field + "\" must be an array", parser.currentTokenLocation());
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation start = parser.currentTokenLocation();
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw error(fileName, "each entry of \"" + field + "\" must be an object", start);
            }
            JsonNode json = mapper.readTree(parser);
            into.add(new Located(json, start.getLineNr(), start.getColumnNr()));
        }
    }

    static InterchangeException error(String fileName, String problem, JsonLocation at) {
        return error(fileName, problem, at, null);
    }

    static InterchangeException error(String fileName, String problem, JsonLocation at, Throwable cause) {
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        return new InterchangeException(fileName, problem, line, column, cause);
    }

    static InterchangeException error(String fileName, String problem, Located at) {
        return new InterchangeException(fileName, problem, at.line(), at.column(), null);
    }
}
