package org.dialectica.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.dialectica.core.project.impl.ProjectEditingDomains;
import org.dialectica.core.schemes.ExtensionSchemeCatalog;
import org.dialectica.core.schemes.SchemeCatalog;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.Project;
import org.dialectica.model.Scheme;
import org.dialectica.model.resource.DialecticaResources;
import org.dialectica.model.validation.ModelValidation;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

class SchemeCatalogTest {

    private final List<String> logged = new ArrayList<>();
    private final SchemeCatalog catalog = new ExtensionSchemeCatalog(RegistryFactory.getRegistry(), logged::add);

    @Test
    void waltonsSchemesAreThereWithTheirCriticalQuestions() {
        List<Scheme> core = catalog.schemes().stream().filter(scheme -> !scheme.getName().startsWith("Test")).toList();
        assertTrue(core.size() >= 12, "at least 12 schemes, found " + core.size());
        for (Scheme scheme : core) {
            assertTrue(scheme.getCriticalQuestions().size() >= 2, scheme.getName() + " has critical questions");
            assertFalse(scheme.getPremiseTemplates().isEmpty(), scheme.getName() + " has premises");
            assertTrue(scheme.getConclusionTemplate() != null && !scheme.getConclusionTemplate().isBlank());
            assertTrue(scheme.getLabel() != null && !scheme.getLabel().isBlank());
        }
        Scheme expert = catalog.schemeByName("ExpertOpinion").orElseThrow();
        assertEquals(6, expert.getCriticalQuestions().size());
        assertTrue(expert.getCriticalQuestions().stream().anyMatch(question -> question.isSetAttackKind()
                && question.getAttackKind() == ConflictKind.UNDERCUT));
        for (String name : List.of("PositionToKnow", "PopularOpinion", "Example", "Analogy", "Sign", "CauseToEffect",
                "PositiveConsequences", "NegativeConsequences", "PracticalReasoning", "Precedent", "Commitment",
                "AdHominem", "VerbalClassification")) {
            assertTrue(catalog.schemeByName(name).isPresent(), name);
        }
        assertEquals("ExpertOpinion", catalog.schemes().get(0).getName(), "Dialectica's own catalogue comes first");
    }

    @Test
    void theCatalogueIsValidModelData() {
        Project holder = Fixtures.FACTORY.createProject();
        DialecticaResources.configure(new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl())
                .createResource(URI.createURI("catalog-check.xmi")).getContents().add(holder);
        AdapterFactoryEditingDomain domain = new ProjectEditingDomains().create();
        for (Scheme scheme : catalog.schemes()) {
            catalog.copyIntoProject(domain, holder, scheme);
        }
        Diagnostic diagnostic = ModelValidation.validate(holder);
        assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, diagnostic.getChildren().stream()
                .map(Diagnostic::getMessage).collect(Collectors.joining("\n")));
        long questions = holder.getSchemes().stream().mapToLong(scheme -> scheme.getCriticalQuestions().size()).sum();
        assertEquals(questions, holder.getSchemes().stream().flatMap(scheme -> scheme.getCriticalQuestions().stream())
                .map(CriticalQuestion::getId).distinct().count(), "question ids are unique");
    }

    @Test
    void aCatalogueContributedByAnotherBundleIsFound() {
        Scheme witness = catalog.schemeByName("TestWitnessTestimony").orElseThrow();
        assertEquals(2, witness.getCriticalQuestions().size());
        assertEquals("Argument from expert opinion", catalog.schemeByName("ExpertOpinion").orElseThrow().getLabel(),
                "a contributed scheme never replaces one read before");
        assertTrue(catalog.problems().stream().anyMatch(problem -> problem.contains("ExpertOpinion")
                && problem.contains("read before")), catalog.problems().toString());
    }

    @Test
    void brokenAndMissingCataloguesAreSkippedWithAMessage() {
        assertFalse(catalog.schemes().isEmpty(), "the others still load");
        assertTrue(catalog.problems().stream().anyMatch(problem -> problem.contains("schemes/broken.dialectica")
                && problem.contains("cannot be read") && problem.contains("skipped")), catalog.problems().toString());
        assertTrue(catalog.problems().stream().anyMatch(problem -> problem.contains("schemes/missing.dialectica")
                && problem.contains("does not exist")), catalog.problems().toString());
        assertEquals(catalog.problems(), logged, "every problem is logged");
    }

    @Test
    void copyingIntoAProjectIsUndoableAndHappensOnce() {
        AdapterFactoryEditingDomain domain = new ProjectEditingDomains().create();
        Project project = Fixtures.FACTORY.createProject();
        domain.getResourceSet().createResource(URI.createURI("p.xmi")).getContents().add(project);
        Scheme expert = catalog.schemeByName("ExpertOpinion").orElseThrow();

        Scheme copy = catalog.copyIntoProject(domain, project, expert);
        assertNotSame(expert, copy);
        assertEquals(expert.getId(), copy.getId(), "the same scheme has the same id in every project");
        assertSame(copy, catalog.copyIntoProject(domain, project, expert));
        assertEquals(1, project.getSchemes().size());
        assertEquals(6, catalog.schemeByName("ExpertOpinion").orElseThrow().getCriticalQuestions().size(),
                "the catalogue's scheme is untouched");
        domain.getCommandStack().undo();
        assertTrue(project.getSchemes().isEmpty());
    }

    @Test
    void theServiceIsRegisteredInOsgi() throws Exception {
        var context = FrameworkUtil.getBundle(SchemeCatalogTest.class).getBundleContext();
        ServiceTracker<SchemeCatalog, SchemeCatalog> tracker = new ServiceTracker<>(context, SchemeCatalog.class, null);
        tracker.open();
        try {
            SchemeCatalog service = tracker.waitForService(10_000);
            assertTrue(service != null && service.schemeByName("ExpertOpinion").isPresent());
        } finally {
            tracker.close();
        }
    }
}
