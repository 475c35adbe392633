package org.dialectica.sample.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.dialectica.model.AnchorState;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestionAnswer;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Project;
import org.dialectica.model.Scheme;
import org.dialectica.model.Tag;
import org.dialectica.model.TextAnchor;
import org.dialectica.model.validation.ModelValidation;
import org.dialectica.sample.SampleProjects;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped sample is a valid, rich annotation of its article: what a new user should see first. */
class SampleContentTest {

    @TempDir
    Path temp;

    Project project;

    @BeforeEach
    void copyAndLoad() throws Exception {
        new SampleProjects(SampleFiles.sampleBundle()).copyTo(temp);
        project = SampleFiles.load(temp);
    }

    @Test
    void validatesWithoutErrorsAgainstItsStoredText() {
        Diagnostic diagnostic = ModelValidation.validate(project, SampleFiles.texts(temp));

        assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, () -> describe(diagnostic));
    }

    @Test
    void claimsAreAnchoredOnExactQuotesOfTheArticle() throws Exception {
        String text = SampleFiles.texts(temp).textOf(project.getSources().get(0)).orElseThrow().toString();
        List<Claim> anchored = claims().stream().filter(c -> !c.getAnchors().isEmpty()).toList();

        assertTrue(anchored.size() >= 8, "anchored claims: " + anchored.size());
        for (Claim claim : anchored) {
            TextAnchor anchor = claim.getAnchors().get(0);
            assertEquals(AnchorState.ANCHORED, anchor.getState());
            assertEquals(anchor.getExact(), text.substring(anchor.getStart(), anchor.getEnd()), claim.getText());
            assertTrue(text.substring(0, anchor.getStart()).endsWith(anchor.getPrefix()), claim.getText());
        }
    }

    @Test
    void theIssueIsAnchoredOnTheTitleWithAYesAndANoPosition() {
        Issue issue = project.getIssues().get(0);

        assertEquals("Is a US-Russian joint operation against ISIS possible?", issue.getText());
        assertEquals(0, issue.getAnchors().get(0).getStart());
        assertEquals(2, issue.getPositions().size());
        Claim yes = issue.getPositions().get(0);
        Claim no = issue.getPositions().get(1);
        assertTrue(conflicts().stream().anyMatch(c -> c.getKind() == ConflictKind.REBUT && c.getAttacker() == no
                && c.getTarget() == yes), "the positions rebut each other");
    }

    @Test
    void inferencesUseSchemesFromTheProjectsCatalogue() {
        List<Inference> withScheme = inferences().stream().filter(i -> i.getScheme() != null).toList();

        assertTrue(withScheme.size() >= 4, "inferences with a scheme: " + withScheme.size());
        Set<String> used = withScheme.stream().map(i -> i.getScheme().getName()).collect(Collectors.toSet());
        assertTrue(used.size() >= 4, "distinct schemes used: " + used);
        for (Inference inference : withScheme) {
            assertTrue(project.getSchemes().contains(inference.getScheme()));
        }
        for (Scheme scheme : project.getSchemes()) {
            assertTrue(scheme.getName().startsWith("argument-from-"), scheme.getName());
            assertTrue(scheme.getCriticalQuestions().size() >= 2, scheme.getName());
            assertFalse(scheme.getPremiseTemplates().isEmpty(), scheme.getName());
        }
    }

    @Test
    void conflictsCoverAllThreeKindsOnTheRightTargets() {
        Set<ConflictKind> kinds = EnumSet.noneOf(ConflictKind.class);
        for (Conflict conflict : conflicts()) {
            kinds.add(conflict.getKind());
            switch (conflict.getKind()) {
                case REBUT -> assertTrue(conflict.getTarget() instanceof Claim);
                case UNDERMINE -> assertTrue(inferences().stream().anyMatch(i -> i.getPremises().contains(conflict.getTarget())),
                        "an underminer attacks a premise");
                case UNDERCUT -> assertTrue(conflict.getTarget() instanceof Inference);
            }
        }
        assertEquals(EnumSet.allOf(ConflictKind.class), kinds);
        assertTrue(conflicts().stream().anyMatch(c -> c.getKind() == ConflictKind.REBUT
                && inferences().stream().anyMatch(i -> i.getConclusion() == c.getTarget())), "a rebuttal of a conclusion");
    }

    @Test
    void someCriticalQuestionsAreAnsweredByNodesAndSomeAreOpen() {
        List<CriticalQuestionAnswer> answers = inferences().stream()
                .flatMap(i -> i.getCriticalQuestionAnswers().stream()).toList();

        assertTrue(answers.stream().anyMatch(a -> a.getState() == CriticalQuestionState.ANSWERED && a.getAnsweredBy() != null));
        assertTrue(answers.stream().anyMatch(a -> a.getState() == CriticalQuestionState.OPEN));
    }

    @Test
    void hasTheTagsAndAMemo() {
        Set<String> tags = project.getTags().stream().map(Tag::getName).collect(Collectors.toSet());

        assertEquals(Set.of("military", "diplomacy", "intelligence"), tags);
        for (Tag tag : project.getTags()) {
            assertTrue(claims().stream().anyMatch(c -> c.getTags().contains(tag)), tag.getName() + " is used");
        }
        assertFalse(project.getMemos().isEmpty());
        assertFalse(project.getMemos().get(0).getAbout().isEmpty());
    }

    private List<Claim> claims() {
        return project.getNodes().stream().filter(Claim.class::isInstance).map(Claim.class::cast).toList();
    }

    private List<Inference> inferences() {
        return project.getNodes().stream().filter(Inference.class::isInstance).map(Inference.class::cast).toList();
    }

    private List<Conflict> conflicts() {
        return project.getNodes().stream().filter(Conflict.class::isInstance).map(Conflict.class::cast).toList();
    }

    private static String describe(Diagnostic diagnostic) {
        return diagnostic.getChildren().stream().map(d -> d.getSeverity() + " " + d.getMessage())
                .collect(Collectors.joining("\n"));
    }
}
