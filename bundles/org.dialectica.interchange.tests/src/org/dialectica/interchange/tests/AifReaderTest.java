package org.dialectica.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

import org.dialectica.interchange.ImportedArguments;
import org.dialectica.interchange.InterchangeException;
import org.dialectica.interchange.aif.AifReader;
import org.dialectica.model.Claim;
import org.dialectica.model.Inference;
import org.junit.jupiter.api.Test;

class AifReaderTest {

    private final AifReader reader = new AifReader(1024 * 1024, Fixtures.CLOCK);

    @Test
    void readsOvaExportWithNumericIdsAndDialogueNodes() throws Exception {
        ImportedArguments read = Fixtures.read(reader, "ova-expert-opinion.json");

        assertEquals(7, read.claims().size());
        assertEquals(1, read.inferences().size());
        assertEquals(3, read.conflicts().size());
        assertEquals(1, read.preferences().size());
        assertEquals(1, read.rephrases().size());
        assertEquals(Set.of(
                "UNDERCUT The study was funded by a tobacco lobby. -> (Smoking causes cancer.)",
                "UNDERMINE Dr. Rossi is not an oncologist. -> Dr. Rossi is an oncologist.",
                "REBUT Smoking does not cause cancer. -> Smoking causes cancer."),
                Fixtures.conflictShapes(read.conflicts()));
        Inference inference = read.inferences().get(0);
        assertEquals("ExpertOpinion", inference.getScheme().getName(), "scheme taken from the RA text");
        assertEquals("Argument From Expert Opinion", inference.getScheme().getLabel());

        assertEquals(5, read.dialogue().nodes().size(), "2 L, 2 YA, 1 TA kept");
        assertEquals(6, read.dialogue().edges().size());
        assertEquals(2, read.dialogue().locutionsJson().size());
        assertEquals(2, read.report().keptCount("L-node"));
        assertEquals(1, read.report().keptCount("TA-node"));
        assertEquals(1, read.report().skippedCount("field"), "participants are reported as not read");

        Claim first = read.claims().get(0);
        assertEquals("import:ova-expert-opinion.json", first.getAuthor());
        assertEquals(Instant.parse("2016-03-01T10:00:00Z"), first.getCreated());
        assertEquals(Fixtures.CREATED, read.claims().stream().filter(c -> c.getText().startsWith("Dr. Rossi is not"))
                .findFirst().orElseThrow().getCreated(), "a node without timestamp gets the import time");
        assertEquals("1", read.originalId(first).orElseThrow());
    }

    @Test
    void readsAifdbExportWithStringIdsAndSchemeFields() throws Exception {
        ImportedArguments read = Fixtures.read(reader, "aifdb-pavements.json");

        assertEquals(6, read.claims().size());
        assertEquals(3, read.inferences().size());
        assertEquals(Set.of("REBUT Pedestrians would be endangered. -> Bicycles should be allowed on pavements."),
                Fixtures.conflictShapes(read.conflicts()));
        assertEquals(2, read.schemes().size(), "'Default Inference' is no scheme");
        assertEquals("PositiveConsequences", schemeOf(read, "Bicycles should be allowed on pavements."));
        assertEquals("ExpertOpinion", schemeOf(read, "Cycling on roads is dangerous."));
        assertNull(read.inferences().stream().filter(i -> i.getConclusion().getText().equals("Cycling is safe enough."))
                .findFirst().orElseThrow().getScheme());
        assertTrue(read.dialogue().isEmpty());
    }

    private static String schemeOf(ImportedArguments read, String conclusion) {
        return read.inferences().stream().filter(i -> i.getConclusion().getText().equals(conclusion)).findFirst()
                .orElseThrow().getScheme().getName();
    }

    @Test
    void skipsWhatTheModelCannotHoldAndSaysSo() throws Exception {
        ImportedArguments read = Fixtures.readText(reader, """
                {"nodes": [
                  {"nodeID": "a", "text": "A", "type": "I"},
                  {"nodeID": "b", "text": "B", "type": "I"},
                  {"nodeID": "c", "text": "C", "type": "I"},
                  {"nodeID": "r", "text": "Default Inference", "type": "RA"},
                  {"nodeID": "x", "text": "Default Conflict", "type": "CA"},
                  {"nodeID": "y", "text": "Default Conflict", "type": "CA"}
                 ],
                 "edges": [
                  {"edgeID": 1, "fromID": "a", "toID": "r"},
                  {"edgeID": 2, "fromID": "r", "toID": "b"},
                  {"edgeID": 3, "fromID": "r", "toID": "c"},
                  {"edgeID": 4, "fromID": "a", "toID": "b"},
                  {"edgeID": 5, "fromID": "c", "toID": "x"},
                  {"edgeID": 6, "fromID": "x", "toID": "y"},
                  {"edgeID": 7, "fromID": "b", "toID": "y"},
                  {"edgeID": 8, "fromID": "y", "toID": "a"}
                 ]}""", "odd.json");

        assertEquals(3, read.claims().size());
        assertEquals(0, read.inferences().size());
        assertEquals(1, read.report().skippedCount("RA-node"), read.report().summary());
        assertEquals(1, read.report().skippedCount("edge"), "I → I edge");
        assertEquals(1, read.report().skippedCount("CA-node"), "a CA attacking a CA");
        assertEquals(1, read.conflicts().size());
    }

    @Test
    void warnsAboutCircularSupport() throws Exception {
        ImportedArguments read = Fixtures.readText(reader, """
                {"nodes": [{"nodeID": 1, "text": "A", "type": "I"}, {"nodeID": 2, "text": "B", "type": "I"},
                           {"nodeID": 3, "text": "RA", "type": "RA"}, {"nodeID": 4, "text": "RA", "type": "RA"}],
                 "edges": [{"fromID": 1, "toID": 3}, {"fromID": 3, "toID": 2}, {"fromID": 2, "toID": 4}, {"fromID": 4, "toID": 1}]}
                """, "circle.json");
        assertEquals(2, read.inferences().size());
        assertTrue(read.report().warnings().stream().anyMatch(w -> w.startsWith("circular support")),
                read.report().summary());
    }

    @Test
    void refusesMalformedJsonWithLineAndColumn() {
        InterchangeException e = assertThrows(InterchangeException.class, () -> Fixtures.readText(reader,
                "{\"nodes\": [\n  {\"nodeID\": 1, \"text\": \"A\" \"type\": \"I\"}\n]}", "broken.json"));
        assertEquals(2, e.line().orElseThrow(), e.getMessage());
        assertTrue(e.column().isPresent());
        assertTrue(e.getMessage().startsWith("broken.json:2:"), e.getMessage());
    }

    @Test
    void refusesEdgesToMissingNodesWithTheEdgesLine() {
        InterchangeException e = assertThrows(InterchangeException.class, () -> Fixtures.readText(reader, """
                {"nodes": [{"nodeID": 1, "text": "A", "type": "I"}],
                 "edges": [
                   {"edgeID": 7, "fromID": 1, "toID": 99}
                 ]}""", "dangling.json"));
        assertEquals(3, e.line().orElseThrow());
        assertTrue(e.getMessage().contains("node 99"), e.getMessage());
    }

    @Test
    void refusesUnknownNodeTypes() {
        InterchangeException e = assertThrows(InterchangeException.class, () -> Fixtures.readText(reader,
                "{\"nodes\": [{\"nodeID\": 1, \"text\": \"A\", \"type\": \"XYZ\"}], \"edges\": []}", "types.json"));
        assertTrue(e.getMessage().contains("unknown type \"XYZ\""), e.getMessage());
        assertEquals(1, e.line().orElseThrow());
    }

    @Test
    void refusesDuplicateIdsAndMissingIds() {
        assertThrows(InterchangeException.class, () -> Fixtures.readText(reader,
                "{\"nodes\": [{\"nodeID\": 1, \"text\": \"A\", \"type\": \"I\"}, {\"nodeID\": \"1\", \"text\": \"B\", \"type\": \"I\"}]}",
                "dup.json"));
        assertThrows(InterchangeException.class, () -> Fixtures.readText(reader,
                "{\"nodes\": [{\"text\": \"A\", \"type\": \"I\"}]}", "noid.json"));
    }

    @Test
    void refusesSelfSupportByTheModelsRule() {
        InterchangeException e = assertThrows(InterchangeException.class, () -> Fixtures.readText(reader, """
                {"nodes": [{"nodeID": 1, "text": "A", "type": "I"}, {"nodeID": 2, "text": "RA", "type": "RA"}],
                 "edges": [{"fromID": 1, "toID": 2}, {"fromID": 2, "toID": 1}]}""", "self.json"));
        assertTrue(e.getMessage().contains("rules"), e.getMessage());
    }

    @Test
    void refusesNonUtf8WithTheLine() {
        byte[] latin1 = "{\"nodes\": [\n{\"nodeID\": 1, \"text\": \"caf\u00e9\", \"type\": \"I\"}]}"
                .getBytes(StandardCharsets.ISO_8859_1);
        InterchangeException e = assertThrows(InterchangeException.class,
                () -> reader.read(new ByteArrayInputStream(latin1), "latin1.json"));
        assertEquals(2, e.line().orElseThrow());
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void refusesHugeFilesLongStringsAndDeepNesting() {
        AifReader small = new AifReader(1000, Fixtures.CLOCK);
        String big = "{\"nodes\": [" + "{\"nodeID\": 1, \"text\": \"A\", \"type\": \"I\"},".repeat(100) + "]}";
        assertTrue(assertThrows(InterchangeException.class, () -> Fixtures.readText(small, big, "big.json"))
                .getMessage().contains("larger than"));

        String longText = "{\"nodes\": [{\"nodeID\": 1, \"type\": \"I\", \"text\": \"" + "x".repeat(1_000_001) + "\"}]}";
        assertThrows(InterchangeException.class, () -> Fixtures.readText(reader, longText, "long.json"));

        String deep = "{\"nodes\": [{\"nodeID\": 1, \"type\": \"I\", \"x\": " + "[".repeat(100) + "]".repeat(100) + "}]}";
        InterchangeException e = assertThrows(InterchangeException.class, () -> Fixtures.readText(reader, deep, "deep.json"));
        assertTrue(e.getMessage().contains("nesting") || e.getMessage().contains("depth"), e.getMessage());
    }

    @Test
    void refusesJsonThatIsNotAnAifObject() {
        assertThrows(InterchangeException.class, () -> Fixtures.readText(reader, "[1, 2]", "array.json"));
        assertThrows(InterchangeException.class, () -> Fixtures.readText(reader, "{\"nodes\": {}}", "obj.json"));
        assertThrows(InterchangeException.class, () -> Fixtures.readText(reader, "{\"nodes\": []} {}", "two.json"));
        assertThrows(InterchangeException.class, () -> Fixtures.readText(reader, "", "empty.json"));
    }
}
