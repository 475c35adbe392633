package org.dialectica.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dialectica.index.ElementType;
import org.dialectica.index.ProjectIndex;
import org.dialectica.index.SearchHit;
import org.dialectica.index.SearchRequest;
import org.dialectica.index.SearchResult;
import org.dialectica.index.SearchResultJson;
import org.dialectica.index.Snippet;
import org.dialectica.index.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON shape of {@code dialectica search --json}. */
class SearchResultJsonTest {

    @Test
    void writesTheDocumentedShapeWithEscaping() {
        SearchResult result = new SearchResult(2,
                List.of(new SearchHit(ElementType.PASSAGE, "s1@10", "s1", 14, 19, List.of(new Span(14, 19)),
                        new Snippet("a \"quoted\"\nwords", List.of(new Span(2, 10))), 1.5f),
                        new SearchHit(ElementType.CLAIM, "c1", null, -1, -1, List.of(),
                                new Snippet("claim", List.of()), 0.5f)),
                Map.of("type", Map.of("passage", 1L)));
        assertEquals("{\"total\": 2, \"hits\": ["
                + "{\"source\": \"s1\", \"start\": 14, \"end\": 19, \"snippet\": \"a <mark>\\\"quoted\\\"</mark>\\nwords\", "
                + "\"type\": \"passage\", \"id\": \"s1@10\", \"score\": 1.5}, "
                + "{\"source\": null, \"start\": null, \"end\": null, \"snippet\": \"claim\", "
                + "\"type\": \"claim\", \"id\": \"c1\", \"score\": 0.5}], "
                + "\"facets\": {\"type\": {\"passage\": 1}}}", SearchResultJson.write(result));
    }

    @Test
    void realResultHasAllKeys(@TempDir Path project) throws Exception {
        try (ProjectIndex index = Corpus.open(project)) {
            String json = SearchResultJson.write(index.search(new SearchRequest("oncologist", 5)));
            for (String key : List.of("\"total\": 1", "\"hits\": [", "\"source\": \"smoking\"", "\"start\": ",
                    "\"snippet\": ", "<mark>oncologist</mark>", "\"type\": \"passage\"", "\"id\": \"smoking@",
                    "\"facets\": {\"source\": {\"smoking\": 1}")) {
                assertTrue(json.contains(key), key + " in " + json);
            }
        }
    }
}
