package org.dialectica.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.dialectica.index.IndexService;
import org.dialectica.index.OpenOutcome;
import org.dialectica.index.ProjectIndex;
import org.dialectica.index.SearchHit;
import org.dialectica.index.SearchRequest;
import org.dialectica.index.StructureFilter;
import org.dialectica.index.internal.LuceneIndexService;
import org.dialectica.index.model.ElementMapper;
import org.dialectica.index.model.ModelIndexContent;
import org.dialectica.index.model.OpenCriticalQuestionsFilter;
import org.dialectica.index.model.OrphanFilter;
import org.dialectica.index.model.ProjectFolderTexts;
import org.dialectica.index.model.UnansweredFilter;
import org.dialectica.index.model.UnsupportedFilter;
import org.dialectica.model.AnchorState;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.CriticalQuestionAnswer;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Project;
import org.dialectica.model.Scheme;
import org.dialectica.model.Source;
import org.dialectica.model.Tag;
import org.dialectica.model.TextAnchor;
import org.dialectica.model.resource.DialecticaResourceFactory;
import org.dialectica.model.resource.DialecticaResources;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index built from a real EMF project, and the four model-backed {@code is:} filters. */
class ModelIndexTest {

    static final String TEXT = """
            Nuclear power is safe, says the agency. The agency has decades of reactor data.

            Critics answer that the agency is captured by the industry it regulates.

            Waste storage remains unsolved.""";

    @TempDir
    Path projectDir;

    final DialecticaFactoryWithIds factory = new DialecticaFactoryWithIds(() -> "Ada", Clock.systemUTC());
    Project project;
    Source source;
    Claim safe, agencySays, captured, notCaptured, waste;
    Inference fromExpert;
    Conflict capture, reply, wasteObjection;
    Issue issue;
    CriticalQuestion expertise, bias;

    @BeforeEach
    void buildProject() throws Exception {
        project = factory.createProject();
        source = factory.createSource();
        source.setTitle("Energy report");
        source.getAuthors().add("Ines Ivanova");
        source.setDate("2019-03-01");
        source.setLanguage("en");
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        source.setSha256(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        source.setTextLength(TEXT.length());
        project.getSources().add(source);
        Files.createDirectories(projectDir.resolve("sources"));
        Files.write(projectDir.resolve("sources/" + source.getSha256() + ".txt"), bytes);

        Tag energy = factory.createTag();
        energy.setName("energy");
        project.getTags().add(energy);

        safe = claim("Nuclear power is safe", AnchorState.ANCHORED);
        safe.getTags().add(energy);
        agencySays = claim("The agency says nuclear power is safe", AnchorState.ANCHORED);
        captured = claim("The agency is captured by the industry", AnchorState.MOVED);
        notCaptured = claim("The agency's board is independent", null);
        waste = claim("Waste storage remains unsolved", AnchorState.ORPHANED);

        Scheme expertOpinion = factory.createScheme();
        expertOpinion.setName("expert-opinion");
        expertise = factory.createCriticalQuestion();
        expertise.setText("Is the source an expert?");
        bias = factory.createCriticalQuestion();
        bias.setText("Is the source biased?");
        expertOpinion.getCriticalQuestions().addAll(List.of(expertise, bias));
        project.getSchemes().add(expertOpinion);

        fromExpert = factory.createInference();
        fromExpert.getPremises().add(agencySays);
        fromExpert.setConclusion(safe);
        fromExpert.setScheme(expertOpinion);
        CriticalQuestionAnswer answered = factory.createCriticalQuestionAnswer();
        answered.setQuestion(expertise);
        answered.setState(CriticalQuestionState.ANSWERED);
        fromExpert.getCriticalQuestionAnswers().add(answered);
        project.getNodes().add(fromExpert);

        capture = conflict(captured, fromExpert, ConflictKind.UNDERCUT);
        reply = conflict(notCaptured, captured, ConflictKind.REBUT);
        wasteObjection = conflict(waste, safe, ConflictKind.REBUT);

        issue = factory.createIssue();
        issue.setText("Is nuclear power worth its risks?");
        issue.getPositions().add(safe);
        project.getIssues().add(issue);
    }

    private Claim claim(String text, AnchorState state) {
        Claim claim = factory.createClaim();
        claim.setText(text);
        if (state != null) {
            int start = TEXT.indexOf(text.substring(0, 10));
            TextAnchor anchor = factory.createTextAnchor();
            anchor.setSource(source);
            anchor.setStart(Math.max(0, start));
            anchor.setEnd(Math.max(0, start) + 10);
            anchor.setExact(text.substring(0, 10));
            anchor.setState(state);
            claim.getAnchors().add(anchor);
        }
        project.getNodes().add(claim);
        return claim;
    }

    private Conflict conflict(Claim attacker, org.dialectica.model.Node target, ConflictKind kind) {
        Conflict conflict = factory.createConflict();
        conflict.setAttacker(attacker);
        conflict.setTarget(target);
        conflict.setKind(kind);
        project.getNodes().add(conflict);
        return conflict;
    }

    private ProjectIndex open() throws Exception {
        List<StructureFilter> filters = List.of(new UnansweredFilter(), new UnsupportedFilter(),
                new OpenCriticalQuestionsFilter(), new OrphanFilter());
        return new LuceneIndexService(filters).open(projectDir,
                new ModelIndexContent(() -> project, new ProjectFolderTexts(projectDir)));
    }

    private static Set<String> ids(ProjectIndex index, String query) throws Exception {
        return index.search(new SearchRequest(query, 100)).hits().stream().map(SearchHit::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> ids(org.dialectica.model.Identifiable... elements) {
        return java.util.Arrays.stream(elements).map(org.dialectica.model.Identifiable::getId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void projectIsIndexedFromModelAndStoredText() throws Exception {
        try (ProjectIndex index = open()) {
            assertEquals(OpenOutcome.CREATED, index.openOutcome());
            SearchHit passage = index.search(new SearchRequest("regulates type:passage")).hits().get(0);
            assertEquals(source.getId(), passage.sourceId());
            assertEquals("regulates", TEXT.substring(passage.start(), passage.end()));
            assertEquals(ids(safe), ids(index, "tag:energy"));
            assertEquals(ids(fromExpert), ids(index, "scheme:expert-opinion"));
            assertEquals(ids(capture), ids(index, "kind:undercut"));
            assertEquals(ids(issue), ids(index, "type:issue"));
            assertEquals(1, index.search(new SearchRequest("year:2019 author:ivanova")).total());
            assertTrue(ids(index, "\"agency says\" type:inference").contains(fromExpert.getId()),
                    "an inference is found by its premises' words");
        }
    }

    @Test
    void unansweredMatchesObjectionsNobodyAttacked() throws Exception {
        try (ProjectIndex index = open()) {
            // capture is answered by reply (which attacks its attacker); reply and wasteObjection are not.
            assertEquals(ids(reply, notCaptured, wasteObjection, waste), ids(index, "is:unanswered"));
            assertEquals(ids(reply, wasteObjection), ids(index, "is:unanswered type:conflict"));
        }
    }

    @Test
    void unsupportedMatchesClaimsNoInferenceConcludes() throws Exception {
        try (ProjectIndex index = open()) {
            assertEquals(ids(agencySays, captured, notCaptured, waste), ids(index, "is:unsupported"));
            assertEquals(ids(waste), ids(index, "is:unsupported waste"));
        }
    }

    @Test
    void openCqMatchesInferencesWithUnsettledQuestions() throws Exception {
        try (ProjectIndex index = open()) {
            assertEquals(ids(fromExpert), ids(index, "is:open-cq"), "the bias question is unanswered");
            CriticalQuestionAnswer failed = factory.createCriticalQuestionAnswer();
            failed.setQuestion(bias);
            failed.setState(CriticalQuestionState.FAILED);
            fromExpert.getCriticalQuestionAnswers().add(failed);
            assertEquals(Set.of(), ids(index, "is:open-cq"), "filters read the live model");
        }
    }

    @Test
    void orphanMatchesElementsWithLostAnchors() throws Exception {
        try (ProjectIndex index = open()) {
            assertEquals(ids(waste), ids(index, "is:orphan"));
            assertEquals(ids(waste), ids(index, "state:orphaned"));
        }
    }

    @Test
    void modelChangesReachTheIndexThroughTheMapper() throws Exception {
        try (ProjectIndex index = open()) {
            Claim added = factory.createClaim();
            added.setText("Thorium reactors are cheaper");
            project.getNodes().add(added);
            index.indexElements(List.of(ElementMapper.toDoc(added).orElseThrow()));
            assertEquals(ids(added), ids(index, "thorium"));
            index.deleteElements(List.of(added.getId()));
            assertEquals(Set.of(), ids(index, "thorium"));
        }
    }

    @Test
    void indexingLeavesTheSavedModelUntouched() throws Exception {
        Path xmi = projectDir.resolve(DialecticaResourceFactory.PROJECT_FILE_NAME);
        Resource resource = DialecticaResources.configure(new ResourceSetImpl())
                .createResource(URI.createFileURI(xmi.toString()));
        resource.getContents().add(project);
        resource.save(null);
        byte[] before = Files.readAllBytes(xmi);
        try (ProjectIndex index = open()) {
            index.search(new SearchRequest("is:unanswered OR is:orphan OR nuclear"));
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(xmi)));
        assertTrue(!resource.isModified());
        assertTrue(Files.isDirectory(projectDir.resolve(IndexService.INDEX_FOLDER)));
    }
}
