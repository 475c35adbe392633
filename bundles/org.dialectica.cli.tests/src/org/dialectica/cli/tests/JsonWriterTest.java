package org.dialectica.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dialectica.cli.internal.JsonWriter;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void nestsAndIndents() {
        String json = new JsonWriter().beginObject().member("a", 1).name("b").beginObject().member("c", 2).endObject()
                .name("d").beginArray().value("x").value(true).endArray().name("e").beginObject().endObject()
                .endObject().toString();

        assertEquals("{\n  \"a\": 1,\n  \"b\": {\n    \"c\": 2\n  },\n  \"d\": [\n    \"x\",\n    true\n  ],\n  \"e\": {}\n}",
                json);
    }

    @Test
    void escapesQuotesControlsAndNonAscii() {
        String json = new JsonWriter().beginArray().value("say \"hi\"\\\n\t\u0001 “Ünï” é").value((String) null).endArray()
                .toString();

        assertEquals("[\n  \"say \\\"hi\\\"\\\\\\n\\t\\u0001 \\u201c\\u00dcn\\u00ef\\u201d \\u00e9\",\n  null\n]", json);
    }

    @Test
    void refusesAnUnfinishedDocument() {
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().toString());
    }
}
