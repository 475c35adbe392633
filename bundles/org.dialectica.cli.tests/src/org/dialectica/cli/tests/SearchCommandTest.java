package org.dialectica.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dialectica.model.Claim;
import org.dialectica.model.DialecticaFactory;
import org.dialectica.model.Project;
import org.dialectica.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class SearchCommandTest {

    @TempDir
    Path temp;

    @Test
    void jsonHitsPointAtTheWordInTheStoredText() throws Exception {
        Path project = Cli.sample(temp.resolve("sample"));
        Source source = Cli.load(project).getSources().get(0);
        String text = Files.readString(project.resolve("sources/" + source.getSha256() + ".txt"), StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("search", project.toString(), "intelligence", "--json", "--limit", "50");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(1, result.out().lines().count(), "exactly one JSON document on stdout");
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals(List.of("total", "hits", "facets"), fieldNames(json));
        assertTrue(json.get("total").asLong() >= 1, result::toString);
        int passages = 0;
        for (JsonNode hit : json.get("hits")) {
            assertEquals(List.of("source", "start", "end", "snippet", "type", "id", "score"), fieldNames(hit));
            if (hit.get("type").asText().equals("passage")) {
                passages++;
                assertEquals(source.getId(), hit.get("source").asText());
                assertEquals("intelligence", text.substring(hit.get("start").asInt(), hit.get("end").asInt()));
                assertTrue(hit.get("snippet").asText().contains("<mark>intelligence</mark>"), hit::toString);
            }
        }
        assertTrue(passages >= 1, result::toString);
        assertTrue(json.get("facets").has("type"), result::toString);
    }

    @Test
    void humanOutputShowsTitleOffsetsMarkedSnippetAndFacets() throws Exception {
        Path project = Cli.sample(temp.resolve("sample"));
        Source source = Cli.load(project).getSources().get(0);
        String text = Files.readString(project.resolve("sources/" + source.getSha256() + ".txt"), StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("search", project.toString(), "intelligence type:passage", "--limit", "3");

        assertEquals(0, result.exitCode(), result::toString);
        var hit = java.util.regex.Pattern.compile("passage in " + java.util.regex.Pattern.quote(source.getTitle())
                + " \\[(\\d+)-(\\d+)\\]").matcher(result.out());
        assertTrue(hit.find(), result::toString);
        assertEquals("intelligence", text.substring(Integer.parseInt(hit.group(1)), Integer.parseInt(hit.group(2))));
        assertTrue(result.out().contains("«intelligence»"), result::toString);
        assertTrue(result.out().lines().anyMatch(l -> l.startsWith("type ") && l.contains("passage ")), result::toString);
        assertTrue(result.out().lines().filter(l -> l.matches("\\d+\\. .*")).count() <= 3, result::toString);
        assertFalse(result.out().contains("\u001b"), "no terminal escapes");
    }

    @Test
    void aBadQueryIsAUsageErrorThatPointsAtThePlace() throws Exception {
        Path project = Cli.sample(temp.resolve("sample"));

        Cli.Result result = Cli.run("search", project.toString(), "cancer \"tobacco lobby");

        assertEquals(2, result.exitCode(), result::toString);
        assertEquals("", result.out());
        assertTrue(result.err().contains("(at position 7)"), result::toString);
        List<String> lines = result.err().lines().toList();
        int query = lines.indexOf("  cancer \"tobacco lobby");
        assertTrue(query >= 0, result::toString);
        assertEquals("  " + " ".repeat(7) + "^", lines.get(query + 1), result::toString);
    }

    @Test
    void aModelChangedBehindTheIndexsBackIsRebuiltBeforeSearching() throws Exception {
        Path project = Cli.sample(temp.resolve("sample"));
        assertEquals(0, Cli.run("search", project.toString(), "intelligence").exitCode()); // builds the index
        Project model = Cli.load(project);
        Claim claim = DialecticaFactory.eINSTANCE.createClaim();
        claim.setId("11111111-2222-3333-4444-555555555555");
        claim.setText("Quokkas are the happiest marsupials.");
        model.getNodes().add(claim);
        model.eResource().save(null);

        Cli.Result result = Cli.run("search", project.toString(), "quokkas", "--json");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("rebuilt"), result::toString);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals(1, json.get("total").asLong(), result::toString);
        assertEquals(claim.getId(), json.get("hits").get(0).get("id").asText());
        assertTrue(json.get("hits").get(0).get("start").isNull(), "elements have no offsets");
    }

    @Test
    void noMatchesIsNotAnError() throws Exception {
        Path project = Cli.sample(temp.resolve("sample"));

        Cli.Result result = Cli.run("search", project.toString(), "xylophonist");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("No matches for xylophonist"), result::toString);
    }

    @Test
    void aMissingProjectFails() {
        Cli.Result result = Cli.run("search", temp.resolve("gone").toString(), "x");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("no such folder"), result::toString);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
