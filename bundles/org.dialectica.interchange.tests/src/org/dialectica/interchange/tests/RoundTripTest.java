package org.dialectica.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.dialectica.interchange.ExportScope;
import org.dialectica.interchange.ImportedArguments;
import org.dialectica.interchange.aif.AifExporter;
import org.dialectica.interchange.aif.AifReader;
import org.dialectica.interchange.aif.AifWriter;
import org.dialectica.interchange.argdown.ArgdownExporter;
import org.dialectica.interchange.argdown.ArgdownReader;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.Scheme;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Import → export → import keeps what the formats can express; AIF ↔ Argdown through the model. */
class RoundTripTest {

    private final AifReader aifReader = new AifReader(1024 * 1024, Fixtures.CLOCK);
    private final ArgdownReader argdownReader = new ArgdownReader(1024 * 1024, Fixtures.CLOCK);

    @Test
    void aifImportExportImportKeepsEveryNodeEdgeAndScheme() throws Exception {
        for (String fixture : List.of("ova-expert-opinion.json", "aifdb-pavements.json")) {
            byte[] original = Fixtures.bytes(fixture);
            ImportedArguments first = aifReader.read(new ByteArrayInputStream(original), fixture);
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            new AifWriter().write(first, written);
            ImportedArguments second = aifReader.read(new ByteArrayInputStream(written.toByteArray()), "again.json");

            ObjectMapper json = new ObjectMapper();
            JsonNode before = json.readTree(original);
            JsonNode after = json.readTree(written.toByteArray());
            assertEquals(nodeIdsByType(before), nodeIdsByType(after), fixture + ": every node, with its id and type");
            assertEquals(edges(before), edges(after), fixture + ": every edge");
            assertEquals(before.path("locutions").size(), after.path("locutions").size());

            assertEquals(Fixtures.texts(first.claims()), Fixtures.texts(second.claims()));
            assertEquals(Fixtures.inferenceShapes(first.inferences()), Fixtures.inferenceShapes(second.inferences()));
            assertEquals(Fixtures.conflictShapes(first.conflicts()), Fixtures.conflictShapes(second.conflicts()));
            assertEquals(schemes(first.schemes()), schemes(second.schemes()));
            assertEquals(first.dialogue().nodes(), second.dialogue().nodes());
            assertEquals(first.dialogue().edges(), second.dialogue().edges());
        }
    }

    private static Map<String, String> nodeIdsByType(JsonNode aif) {
        Map<String, String> ids = new TreeMap<>();
        aif.path("nodes").forEach(n -> ids.put(n.path("nodeID").asText(), n.path("type").asText()));
        return ids;
    }

    private static Set<String> edges(JsonNode aif) {
        Set<String> edges = new TreeSet<>();
        aif.path("edges").forEach(e -> edges.add(e.path("fromID").asText() + "->" + e.path("toID").asText()));
        return edges;
    }

    private static Set<String> schemes(List<Scheme> schemes) {
        return schemes.stream().map(s -> s.getName() + "|" + s.getLabel()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void projectExportedAsAifReadsBackWithKindsSchemesQuestionsAndIssue() throws Exception {
        Fixtures.SampleProject sample = new Fixtures.SampleProject();
        String aif = Fixtures.export(new AifExporter(), sample.context());
        ImportedArguments read = Fixtures.readText(aifReader, aif, "sample.json");

        assertEquals(Fixtures.texts(sample.project.getNodes().stream().filter(org.dialectica.model.Claim.class::isInstance)
                .map(org.dialectica.model.Claim.class::cast).toList()), Fixtures.texts(read.claims()));
        assertEquals(Set.of(
                "UNDERCUT The study was funded by a lobby. -> (Smoking causes cancer.)",
                "REBUT Smoking does not cause cancer. -> Smoking causes cancer.",
                "UNDERMINE Dr. Rossi is a dermatologist. -> Dr. Rossi is an oncologist."),
                Fixtures.conflictShapes(read.conflicts()));
        Scheme scheme = read.inferences().get(0).getScheme();
        assertEquals("ExpertOpinion", scheme.getName());
        assertEquals(2, scheme.getCriticalQuestions().size(), "critical questions travel in the Dialectica extension");
        assertEquals(ConflictKind.UNDERMINE, scheme.getCriticalQuestions().get(0).getAttackKind());
        assertEquals(1, read.issues().size());
        assertEquals(Set.of("Smoking causes cancer.", "Smoking does not cause cancer."),
                Fixtures.texts(read.issues().get(0).getPositions()));
        assertEquals(6, read.claims().size(), "the issue is not also a claim");
    }

    @Test
    void issueScopeExportsOnlyWhatArguesAboutTheIssue() throws Exception {
        Fixtures.SampleProject sample = new Fixtures.SampleProject();
        sample.claim("Unrelated: the sky is blue.");
        String aif = Fixtures.export(new AifExporter(), sample.context().withScope(ExportScope.issue(sample.issue)));
        ImportedArguments read = Fixtures.readText(aifReader, aif, "issue.json");
        assertEquals(6, read.claims().size());
        assertTrue(Fixtures.texts(read.claims()).stream().noneMatch(t -> t.startsWith("Unrelated")));
        assertEquals(3, read.conflicts().size());
    }

    @Test
    void aifToArgdownThroughTheModelKeepsClaimsInferencesAndAttacks() throws Exception {
        ImportedArguments fromAif = Fixtures.read(aifReader, "ova-expert-opinion.json");
        String argdown = Fixtures.export(new ArgdownExporter(), LoadTest.asProjectContext(fromAif));
        ImportedArguments fromArgdown = Fixtures.readText(argdownReader, argdown, "converted.argdown");

        assertEquals(Fixtures.texts(fromAif.claims()), Fixtures.texts(fromArgdown.claims()), argdown);
        assertEquals(Fixtures.inferenceShapes(fromAif.inferences()), Fixtures.inferenceShapes(fromArgdown.inferences()));
        assertEquals(Fixtures.conflictShapes(fromAif.conflicts()), Fixtures.conflictShapes(fromArgdown.conflicts()), argdown);
        assertEquals("ExpertOpinion", fromArgdown.inferences().get(0).getScheme().getName());
    }

    @Test
    void argdownToAifThroughTheModelKeepsClaimsInferencesAndAttacks() throws Exception {
        ImportedArguments fromArgdown = Fixtures.read(argdownReader, "debate.argdown");
        String aif = Fixtures.export(new AifExporter(), LoadTest.asProjectContext(fromArgdown));
        ImportedArguments fromAif = Fixtures.readText(aifReader, aif, "converted.json");

        assertEquals(Fixtures.texts(fromArgdown.claims()), Fixtures.texts(fromAif.claims()));
        assertEquals(Fixtures.inferenceShapes(fromArgdown.inferences()), Fixtures.inferenceShapes(fromAif.inferences()));
        assertEquals(Fixtures.conflictShapes(fromArgdown.conflicts()), Fixtures.conflictShapes(fromAif.conflicts()));
        assertEquals(1, fromAif.issues().size());
    }

    @Test
    void projectToArgdownAndBackKeepsStructureTagsAndIssue() throws Exception {
        Fixtures.SampleProject sample = new Fixtures.SampleProject();
        String argdown = Fixtures.export(new ArgdownExporter(), sample.context());
        ImportedArguments read = Fixtures.readText(argdownReader, argdown, "sample.argdown");

        assertEquals(6, read.claims().size(), argdown);
        assertEquals(Set.of("Dr. Rossi is an oncologist. + Dr. Rossi says smoking causes cancer. -> Smoking causes cancer."),
                Fixtures.inferenceShapes(read.inferences()));
        assertEquals(Set.of(
                "UNDERCUT The study was funded by a lobby. -> (Smoking causes cancer.)",
                "REBUT Smoking does not cause cancer. -> Smoking causes cancer.",
                "UNDERMINE Dr. Rossi is a dermatologist. -> Dr. Rossi is an oncologist."),
                Fixtures.conflictShapes(read.conflicts()), argdown);
        assertEquals("ExpertOpinion", read.inferences().get(0).getScheme().getName());
        assertEquals("Argument from expert opinion", read.inferences().get(0).getScheme().getLabel());
        assertEquals("Does smoking cause cancer?", read.issues().get(0).getText());
        assertEquals(2, read.issues().get(0).getPositions().size());
        assertEquals(List.of("medicine"), read.claims().stream().filter(c -> c.getText().equals("Smoking causes cancer."))
                .findFirst().orElseThrow().getTags().stream().map(t -> t.getName()).toList());
    }
}
