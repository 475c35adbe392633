package org.dialectica.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class LoadCommandTest {

    /** What AIF carries; sources, anchors, tags, memos and answers stay in the project file (docs/interchange.md). */
    private static final List<String> CARRIED = List.of("claims", "inferences", "conflicts", "preferences", "rephrases",
            "issues", "schemes");

    @TempDir
    Path temp;

    @Test
    void anAifExportOfTheSampleLoadsIntoAFreshProjectWithTheSameCounts() throws Exception {
        Path sample = Cli.sample(temp.resolve("sample"));
        Path aif = temp.resolve("sample.json");
        assertEquals(0, Cli.run("export", sample.toString(), "--format", "aif", "-o", aif.toString()).exitCode());
        Path fresh = temp.resolve("fresh");
        Cli.Result created = Cli.run("import", fresh.toString(), Files.createDirectories(temp.resolve("empty")).toString());
        assertEquals(0, created.exitCode(), created::toString);

        Cli.Result result = Cli.run("load", fresh.toString(), aif.toString());

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("Loaded " + aif + " into " + fresh + ":"), result::toString);
        assertTrue(result.out().contains("  kept: "), result::toString);
        JsonNode expected = stats(sample);
        JsonNode actual = stats(fresh);
        for (String key : CARRIED) {
            assertEquals(expected.get(key), actual.get(key), key + "\n" + actual);
        }
        assertEquals(expected.get("conflictsByKind"), actual.get("conflictsByKind"));
        assertEquals(0, actual.get("sources").asInt());
        assertEquals(0, Cli.run("check", fresh.toString()).exitCode());

        // The loaded claims are searchable at once (the index was updated, not left stale).
        Cli.Result search = Cli.run("search", fresh.toString(), "type:claim", "--json");
        assertEquals(expected.get("claims").asLong(), new ObjectMapper().readTree(search.out()).get("total").asLong(),
                search::toString);
        assertEquals("", search.err(), search::toString);
    }

    @Test
    void aBrokenFileLoadsNothingAndSaysWhere() throws Exception {
        Path sample = Cli.sample(temp.resolve("sample"));
        String before = Files.readString(sample.resolve("dialectica.xmi"), StandardCharsets.UTF_8);
        Path broken = Files.writeString(temp.resolve("broken.json"), "{\"nodes\": [\n  {\"nodeID\": 1, \"text\": \"x\", \n");

        Cli.Result result = Cli.run("load", sample.toString(), broken.toString());

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().matches("(?s)dialectica load: broken\\.json:\\d+:\\d+: .*"), result::toString);
        assertTrue(result.err().contains("Nothing was loaded."), result::toString);
        assertEquals(before, Files.readString(sample.resolve("dialectica.xmi"), StandardCharsets.UTF_8));
    }

    @Test
    void argdownLoadsAndReportsWhatItDropped() throws Exception {
        Path project = temp.resolve("debate");
        assertEquals(0, Cli.run("import", project.toString(), Files.createDirectories(temp.resolve("none")).toString())
                .exitCode());
        Path argdown = Files.writeString(temp.resolve("debate.argdown"), """
                # Should tariffs rise?

                [Yes]: Tariffs protect jobs.
                  - [No]: Tariffs raise prices.

                <Jobs>: An argument with a description.

                (1) Factories are closing.
                ----
                (2) [Yes]
                """);

        Cli.Result result = Cli.run("load", project.toString(), argdown.toString());

        assertEquals(0, result.exitCode(), result::toString);
        JsonNode stats = stats(project);
        assertEquals(1, stats.get("issues").asInt(), result::toString);
        assertEquals(1, stats.get("inferences").asInt(), result::toString);
        assertEquals(1, stats.get("conflicts").asInt(), result::toString);
    }

    @Test
    void loadingIntoAMissingProjectFails() throws Exception {
        Path file = Files.writeString(temp.resolve("x.argdown"), "[A]: a\n");

        Cli.Result result = Cli.run("load", temp.resolve("nowhere").toString(), file.toString());

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("no such folder"), result::toString);
    }

    private static JsonNode stats(Path project) throws Exception {
        Cli.Result result = Cli.run("stats", project.toString(), "--json");
        assertEquals(0, result.exitCode(), result::toString);
        return new ObjectMapper().readTree(result.out());
    }
}
