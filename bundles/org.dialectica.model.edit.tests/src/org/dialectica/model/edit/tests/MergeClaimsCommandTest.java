package org.dialectica.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Memo;
import org.dialectica.model.Preference;
import org.dialectica.model.Rephrase;
import org.dialectica.model.Tag;
import org.dialectica.model.TextAnchor;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging claim B into claim A: anchors and provenance kept, references redirected, B gone. */
class MergeClaimsCommandTest {

    @TempDir
    Path directory;

    Fixture f;
    Claim a;
    Claim b;

    @BeforeEach
    void setUp() throws IOException {
        f = new Fixture(directory);
        a = f.smoking;
        b = f.claim("lobbies pay for the answers they want");
    }

    private <T> T result(Command command) {
        f.stack.execute(command);
        @SuppressWarnings("unchecked")
        T result = (T) command.getResult().iterator().next();
        return result;
    }

    @Test
    void mergeKeepsBothAnchorsAndTheProvenanceOfTheMergedClaim() {
        TextAnchor anchorOfA = a.getAnchors().get(0);
        TextAnchor anchorOfB = b.getAnchors().get(0);
        Tag tag = result(DialecticaCommands.tag(f.domain, "lobby", List.of(b)));

        var command = f.run(DialecticaCommands.mergeClaims(f.domain, a, b));

        assertEquals("Merge claims", command.getLabel());
        assertEquals(List.of(a), List.copyOf(command.getResult()));
        assertEquals(List.of(anchorOfA, anchorOfB), a.getAnchors());
        assertEquals(List.of(tag), a.getTags());
        assertFalse(f.project.getNodes().contains(b));
        Memo provenance = a.getMemos().get(0);
        assertTrue(provenance.getText().contains(b.getId()), provenance.getText());
        assertTrue(provenance.getText().contains("Ada"), provenance.getText());
        assertTrue(provenance.getText().contains(Fixture.NOW.toString()), provenance.getText());
        assertTrue(provenance.getText().contains(b.getText()), provenance.getText());
        Fixture.assertNoReferenceTo(b, f.project);
    }

    @Test
    void mergeRedirectsEveryReference() {
        Inference byB = result(DialecticaCommands.createInference(f.domain, List.of(b, f.oncologist), f.funding, f.expertOpinion));
        Inference toB = result(DialecticaCommands.createInference(f.domain, List.of(f.oncologist), b, null));
        Conflict attackByB = result(DialecticaCommands.attack(f.domain, b, f.oncologist, ConflictKind.UNDERMINE));
        Conflict attackOnB = result(DialecticaCommands.attack(f.domain, f.funding, b, ConflictKind.REBUT));
        Preference preference = result(DialecticaCommands.prefer(f.domain, b, f.funding));
        Rephrase rephrase = result(DialecticaCommands.rephrase(f.domain, f.oncologist, b));
        Memo memo = result(DialecticaCommands.memo(f.domain, f.project, "About both", List.of(b, f.funding)));
        f.stack.execute(DialecticaCommands.answerCriticalQuestion(f.domain, byB, f.expertise, CriticalQuestionState.ANSWERED, b));
        Issue issue = f.factory.createIssue();
        issue.setText("Is the study sound?");
        issue.getPositions().addAll(List.of(f.funding, b));
        f.stack.execute(org.eclipse.emf.edit.command.AddCommand.create(f.domain, f.project,
                org.dialectica.model.DialecticaPackage.Literals.PROJECT__ISSUES, issue));

        f.run(DialecticaCommands.mergeClaims(f.domain, a, b));

        assertEquals(List.of(a, f.oncologist), byB.getPremises(), "premise replaced in place");
        assertSame(a, toB.getConclusion());
        assertSame(a, attackByB.getAttacker());
        assertSame(a, attackOnB.getTarget());
        assertSame(a, preference.getPreferred());
        assertSame(a, rephrase.getRephrasing());
        assertEquals(List.of(a, f.funding), memo.getAbout());
        assertSame(a, byB.getCriticalQuestionAnswers().get(0).getAnsweredBy());
        assertEquals(List.of(f.funding, a), issue.getPositions());
        Fixture.assertNoReferenceTo(b, f.project);
    }

    @Test
    void relationsBetweenTheTwoClaimsGoRatherThanBecomeSelfReferences() {
        Conflict between = result(DialecticaCommands.attack(f.domain, b, a, ConflictKind.REBUT));
        Rephrase rephrase = result(DialecticaCommands.rephrase(f.domain, a, b));
        Inference fromBToA = result(DialecticaCommands.createInference(f.domain, List.of(b), a, null));
        Inference alsoFromOthers = result(DialecticaCommands.createInference(f.domain, List.of(b, f.oncologist), a, null));
        Conflict onTheInference = result(DialecticaCommands.attack(f.domain, f.funding, fromBToA, ConflictKind.UNDERCUT));
        Issue issue = f.factory.createIssue();
        issue.getPositions().addAll(List.of(a, b));
        f.stack.execute(org.eclipse.emf.edit.command.AddCommand.create(f.domain, f.project,
                org.dialectica.model.DialecticaPackage.Literals.PROJECT__ISSUES, issue));

        f.run(DialecticaCommands.mergeClaims(f.domain, a, b));

        for (Object gone : List.of(between, rephrase, fromBToA, onTheInference)) {
            assertNull(((org.eclipse.emf.ecore.EObject) gone).eContainer(), "deleted: " + gone);
        }
        assertEquals(List.of(f.oncologist), alsoFromOthers.getPremises(), "the premise equal to the conclusion is dropped");
        assertEquals(List.of(a), issue.getPositions(), "no duplicate position");
        Fixture.assertNoReferenceTo(b, f.project);
    }

    @Test
    void mergingAClaimWithItselfCannotExecute() {
        assertFalse(DialecticaCommands.mergeClaims(f.domain, a, a).canExecute());
        assertFalse(DialecticaCommands.mergeClaims(f.domain, a, null).canExecute());
        assertFalse(DialecticaCommands.mergeClaims(f.domain, a, f.factory.createClaim()).canExecute(), "not in the project");
    }
}
