package org.dialectica.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dialectica.model.Claim;
import org.dialectica.model.Inference;
import org.dialectica.model.Project;
import org.dialectica.model.Tag;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.dialectica.model.validation.ModelValidation;
import org.dialectica.team.MergeConflict;
import org.dialectica.team.merge.ModelMergeResult;
import org.dialectica.team.merge.ModelMerger;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The element-by-element merge on models in memory: base, ours and theirs are copies edited apart. */
class ModelMergerTest {

    private final DialecticaFactoryWithIds factory = new DialecticaFactoryWithIds("Tester");
    private Project base;
    private Claim first;
    private Claim second;

    @BeforeEach
    void buildBase() {
        base = factory.createProject();
        base.setName("Merge");
        first = claim(base, "First claim.");
        second = claim(base, "Second claim.");
    }

    @Test
    void editsOfDifferentClaimsBothArrive() {
        Project ours = EcoreUtil.copy(base);
        Project theirs = EcoreUtil.copy(base);
        claimIn(ours, first).setText("First, edited by us.");
        claimIn(theirs, second).setText("Second, edited by them.");

        ModelMergeResult result = new ModelMerger().merge(base, ours, theirs);

        assertEquals(List.of(), result.conflicts());
        assertSame(ours, result.merged());
        assertEquals("First, edited by us.", claimIn(ours, first).getText());
        assertEquals("Second, edited by them.", claimIn(ours, second).getText());
    }

    @Test
    void claimsAddedOnBothSidesAreAllKeptInOrder() {
        Project ours = EcoreUtil.copy(base);
        Project theirs = EcoreUtil.copy(base);
        claim(ours, "Ours, new.");
        claim(theirs, "Theirs, new.");

        ModelMergeResult result = new ModelMerger().merge(base, ours, theirs);

        assertEquals(List.of(), result.conflicts());
        // Theirs goes right after the element it followed on their side, so before what we appended.
        assertEquals(List.of("First claim.", "Second claim.", "Theirs, new.", "Ours, new."),
                ours.getNodes().stream().map(node -> ((Claim) node).getText()).toList());
    }

    @Test
    void theSameTextChangedTwiceIsAConflictThatKeepsOurs() {
        Project ours = EcoreUtil.copy(base);
        Project theirs = EcoreUtil.copy(base);
        claimIn(ours, first).setText("Ours.");
        claimIn(theirs, first).setText("Theirs.");

        ModelMergeResult result = new ModelMerger().merge(base, ours, theirs);

        assertEquals(List.of(new MergeConflict(first.getId(), "Claim", "text", "\"Ours.\"", "\"Theirs.\"")),
                result.conflicts());
        assertEquals("Ours.", claimIn(ours, first).getText());
    }

    @Test
    void anInferenceAddedByThemKeepsTheClaimWeDeleted() {
        Project ours = EcoreUtil.copy(base);
        Project theirs = EcoreUtil.copy(base);
        ours.getNodes().remove(claimIn(ours, second));
        Inference inference = factory.createInference();
        inference.getPremises().add(claimIn(theirs, second));
        inference.setConclusion(claimIn(theirs, first));
        theirs.getNodes().add(inference);

        ModelMergeResult result = new ModelMerger().merge(base, ours, theirs);

        Inference merged = (Inference) byId(ours, inference.getId());
        assertEquals(second.getId(), merged.getPremises().get(0).getId());
        assertSame(ours, merged.getPremises().get(0).eContainer(), "the claim is back in the project");
        assertEquals(1, result.conflicts().size(), result.conflicts().toString());
        assertEquals(MergeConflict.ELEMENT, result.conflicts().get(0).feature());
        assertEquals(second.getId(), result.conflicts().get(0).elementId());
        assertEquals(Diagnostic.OK, ModelValidation.validate(ours).getSeverity());
    }

    @Test
    void anUnchangedClaimTheyDeletedGoesAndAChangedOneStays() {
        Project ours = EcoreUtil.copy(base);
        Project theirs = EcoreUtil.copy(base);
        theirs.getNodes().clear();
        claimIn(ours, second).setText("Second, still wanted.");

        ModelMergeResult result = new ModelMerger().merge(base, ours, theirs);

        assertEquals(List.of(second.getId()), ours.getNodes().stream().map(node -> node.getId()).toList());
        assertEquals(List.of(new MergeConflict(second.getId(), "Claim", MergeConflict.ELEMENT, "changed", "deleted")),
                result.conflicts());
    }

    @Test
    void tagsAddedOnBothSidesMergeAsSets() {
        Tag red = factory.createTag();
        red.setName("red");
        Tag blue = factory.createTag();
        blue.setName("blue");
        base.getTags().add(red);
        base.getTags().add(blue);
        Project ours = EcoreUtil.copy(base);
        Project theirs = EcoreUtil.copy(base);
        claimIn(ours, first).getTags().add(ours.getTags().get(0));
        claimIn(theirs, first).getTags().add(theirs.getTags().get(1));

        ModelMergeResult result = new ModelMerger().merge(base, ours, theirs);

        assertEquals(List.of(), result.conflicts());
        assertEquals(List.of("red", "blue"), claimIn(ours, first).getTags().stream().map(Tag::getName).toList());
        assertTrue(claimIn(ours, first).getTags().stream().allMatch(tag -> tag.eContainer() == ours));
    }

    private Claim claim(Project project, String text) {
        Claim claim = factory.createClaim();
        claim.setText(text);
        project.getNodes().add(claim);
        return claim;
    }

    private static Claim claimIn(Project project, Claim like) {
        return (Claim) byId(project, like.getId());
    }

    private static org.dialectica.model.Node byId(Project project, String id) {
        return project.getNodes().stream().filter(node -> node.getId().equals(id)).findFirst().orElseThrow();
    }
}
