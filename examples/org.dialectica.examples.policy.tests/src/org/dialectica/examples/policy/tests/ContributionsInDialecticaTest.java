package org.dialectica.examples.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectService;
import org.dialectica.core.schemes.SchemeCatalog;
import org.dialectica.examples.policy.search.PolicySchemes;
import org.dialectica.examples.policy.srt.SrtImporter;
import org.dialectica.importer.ImportOptions;
import org.dialectica.importer.ImportReport;
import org.dialectica.importer.ImportService;
import org.dialectica.importer.ImporterRegistry;
import org.dialectica.index.IndexService;
import org.dialectica.index.ProjectIndex;
import org.dialectica.index.SearchHit;
import org.dialectica.index.SearchRequest;
import org.dialectica.index.SearchResult;
import org.dialectica.index.StructureFilter;
import org.dialectica.index.model.ModelIndexContent;
import org.dialectica.index.model.ProjectFolderTexts;
import org.dialectica.model.Claim;
import org.dialectica.model.Inference;
import org.dialectica.model.Project;
import org.dialectica.model.Scheme;
import org.dialectica.model.Source;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The example's contributions seen from Dialectica's side, inside Equinox: its services find them through
 * the extension registry and DS, with Dialectica's own bundles taken from the product's p2 repository.
 */
class ContributionsInDialecticaTest {

    @TempDir
    Path dir;

    private OpenProject project;

    static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(ContributionsInDialecticaTest.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(30_000);
            assertNotNull(service, type.getSimpleName() + " is registered");
            return service;
        } finally {
            tracker.close();
        }
    }

    @BeforeEach
    void createProject() throws Exception {
        project = service(ProjectService.class).create(dir.resolve("project"), "congestion charge", null);
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    @Test
    void subtitlesAreImportedByTheSrtImporterNotByTika() throws Exception {
        ImporterRegistry registry = service(ImporterRegistry.class);
        assertEquals("org.dialectica.examples.policy.srt", registry.candidates("hearing.srt", null).get(0).id());
        assertTrue(registry.candidates("hearing.srt", null).size() > 1,
                "Tika's catch-all importer is installed too, and loses");
        assertInstanceOf(SrtImporter.class, registry.find("hearing.srt", null).orElseThrow());

        Path file = Files.writeString(dir.resolve("hearing.srt"), SrtImporterTest.HEARING);
        ImportReport report = service(ImportService.class).importPaths(project, List.of(file),
                ImportOptions.defaults(), null);

        assertTrue(report.isComplete(), report.toString());
        Source source = project.model().getSources().get(0);
        assertEquals(SrtImporter.MEDIA_TYPE, source.getMediaType());
        assertEquals("3", source.getMetadata().get(SrtImporter.CUES_PROPERTY));
        String text = project.texts().text(source);
        assertTrue(text.startsWith("Chair: The congestion charge pays for itself"), text);
        assertTrue(!text.contains("-->"), "no timings in the text");
    }

    @Test
    void thePolicySchemesAreInTheCatalogueNextToWalton() throws Exception {
        SchemeCatalog catalog = service(SchemeCatalog.class);

        assertEquals(PolicySchemes.COST_BENEFIT, catalog.schemeByName("CostBenefit").orElseThrow().getId());
        assertEquals(PolicySchemes.POLICY_PRECEDENT, catalog.schemeByName("PolicyPrecedent").orElseThrow().getId());
        Scheme slope = catalog.schemeByName("SlipperySlope").orElseThrow();
        assertEquals(PolicySchemes.SLIPPERY_SLOPE, slope.getId());
        assertEquals(3, slope.getCriticalQuestions().size());
        assertTrue(catalog.schemeByName("ExpertOpinion").isPresent(), "Dialectica's own catalogue is still there");
        assertEquals(List.of(), catalog.problems().stream().filter(p -> p.contains("policy")).toList());
    }

    @Test
    void isPolicyFindsTheInferencesUsingAPolicyScheme() throws Exception {
        IndexService indexService = service(IndexService.class);
        Set<String> filters = indexService.structureFilters().stream().map(StructureFilter::name)
                .collect(Collectors.toSet());
        assertTrue(filters.contains("policy"), filters.toString());

        SchemeCatalog catalog = service(SchemeCatalog.class);
        Project model = project.model();
        Scheme costBenefit = catalog.copyIntoProject(project.editingDomain(), model,
                catalog.schemeByName("CostBenefit").orElseThrow());
        Scheme expert = catalog.copyIntoProject(project.editingDomain(), model,
                catalog.schemeByName("ExpertOpinion").orElseThrow());
        Inference policy = inference(model, costBenefit, "The charge pays for itself", "Introduce the charge");
        Inference other = inference(model, expert, "The mayor's engineer says traffic will fall", "Traffic will fall");

        try (ProjectIndex index = indexService.open(project.directory(),
                new ModelIndexContent(() -> model, new ProjectFolderTexts(project.directory())))) {
            SearchResult result = index.search(new SearchRequest("is:policy", 10));

            List<String> ids = result.hits().stream().map(SearchHit::id).toList();
            assertEquals(List.of(policy.getId()), ids);
            assertTrue(!ids.contains(other.getId()));
            assertEquals(1, index.search(new SearchRequest("is:policy charge", 10)).total());
            assertEquals(0, index.search(new SearchRequest("is:policy traffic", 10)).total());
        }
    }

    private static Inference inference(Project model, Scheme scheme, String premiseText, String conclusionText) {
        DialecticaFactoryWithIds factory = new DialecticaFactoryWithIds("test");
        Claim premise = factory.createClaim();
        premise.setText(premiseText);
        Claim conclusion = factory.createClaim();
        conclusion.setText(conclusionText);
        Inference inference = factory.createInference();
        inference.getPremises().add(premise);
        inference.setConclusion(conclusion);
        inference.setScheme(scheme);
        model.getNodes().addAll(List.of(premise, conclusion, inference));
        return inference;
    }
}
