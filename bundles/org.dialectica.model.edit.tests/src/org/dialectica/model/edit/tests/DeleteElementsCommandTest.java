package org.dialectica.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.Inference;
import org.dialectica.model.Memo;
import org.dialectica.model.Preference;
import org.dialectica.model.Rephrase;
import org.dialectica.model.Tag;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting cleans up every reference that would dangle, and undo restores all of it. */
class DeleteElementsCommandTest {

    @TempDir
    Path directory;

    Fixture f;
    Inference inference;
    Inference twoPremises;
    Conflict undercut;
    Conflict rebut;
    Preference preference;
    Rephrase rephrase;
    Memo memo;
    Tag tag;

    @BeforeEach
    void setUp() throws IOException {
        f = new Fixture(directory);
        inference = result(DialecticaCommands.createInference(f.domain, List.of(f.oncologist), f.smoking, f.expertOpinion));
        twoPremises = result(DialecticaCommands.createInference(f.domain, List.of(f.funding, f.oncologist), f.smoking, null));
        undercut = result(DialecticaCommands.attack(f.domain, f.funding, inference, ConflictKind.UNDERCUT));
        rebut = result(DialecticaCommands.attack(f.domain, f.funding, f.smoking, ConflictKind.REBUT));
        preference = result(DialecticaCommands.prefer(f.domain, inference, rebut));
        rephrase = result(DialecticaCommands.rephrase(f.domain, f.smoking, f.funding));
        memo = result(DialecticaCommands.memo(f.domain, f.project, "Two things", List.of(f.oncologist, f.funding)));
        tag = result(DialecticaCommands.tag(f.domain, "health", List.of(f.oncologist, f.smoking)));
        f.stack.execute(DialecticaCommands.answerCriticalQuestion(f.domain, inference, f.expertise, CriticalQuestionState.ANSWERED, f.funding));
    }

    private <T> T result(Command command) {
        f.stack.execute(command);
        @SuppressWarnings("unchecked")
        T result = (T) command.getResult().iterator().next();
        return result;
    }

    private static boolean deleted(EObject object) {
        return object.eContainer() == null;
    }

    @Test
    void deletingAPremiseDeletesTheInferencesLeftWithoutPremisesAndWhatDependsOnThem() {
        var command = f.run(DialecticaCommands.delete(f.domain, f.oncologist));

        assertTrue(deleted(f.oncologist));
        assertTrue(deleted(inference), "its only premise is gone");
        assertTrue(deleted(undercut), "its target is gone");
        assertTrue(deleted(preference), "one of its nodes is gone");
        assertEquals(List.of(f.funding), twoPremises.getPremises(), "keeps its other premise");
        assertEquals(List.of(f.funding), memo.getAbout());
        assertSame(f.project, tag.eContainer(), "a tag outlives its elements");
        assertEquals(List.of(tag), f.smoking.getTags());
        assertFalse(deleted(rebut));
        assertEquals(Set.of(f.oncologist, inference, undercut, preference), Set.copyOf(command.getResult()));
        Fixture.assertNoReferenceTo(f.oncologist, f.project);
        Fixture.assertNoReferenceTo(inference, f.project);
    }

    @Test
    void deletingAConclusionDeletesItsInferencesConflictsAndRephrases() {
        f.run(DialecticaCommands.delete(f.domain, f.smoking));
        for (EObject gone : List.of(f.smoking, inference, twoPremises, undercut, rebut, preference, rephrase)) {
            assertTrue(deleted(gone), "deleted: " + gone);
        }
        assertFalse(deleted(f.funding));
        assertSame(f.project, tag.eContainer());
        assertEquals(List.of(tag), f.oncologist.getTags());
    }

    @Test
    void deletingAnAnsweringClaimClearsTheAnswerOnly() {
        Claim other = f.claim("Closing words");
        f.stack.execute(DialecticaCommands.answerCriticalQuestion(f.domain, inference, f.consistency, CriticalQuestionState.FAILED, other));
        f.run(DialecticaCommands.delete(f.domain, other));
        assertNull(inference.getCriticalQuestionAnswers().get(1).getAnsweredBy());
        assertEquals(CriticalQuestionState.FAILED, inference.getCriticalQuestionAnswers().get(1).getState());
        assertFalse(deleted(inference));
    }

    @Test
    void deletingASourceDeletesItsAnchorsButNotTheClaims() {
        f.run(DialecticaCommands.delete(f.domain, f.source));
        assertTrue(f.smoking.getAnchors().isEmpty());
        assertFalse(deleted(f.smoking));
        assertEquals(List.of(f.oncologist, f.funding), memo.getAbout());
    }

    @Test
    void deletingASchemeDropsItsAnswersAndLeavesTheInference() {
        f.run(DialecticaCommands.delete(f.domain, f.expertOpinion));
        assertNull(inference.getScheme());
        assertTrue(inference.getCriticalQuestionAnswers().isEmpty());
        assertFalse(deleted(inference));
    }

    @Test
    void deletingATagAndAMemoCleansTheElements() {
        f.run(DialecticaCommands.delete(f.domain, List.of(tag, memo)));
        assertTrue(f.smoking.getTags().isEmpty());
        assertTrue(f.oncologist.getMemos().isEmpty());
        assertTrue(f.funding.getMemos().isEmpty());
        f.stack.undo();
        assertEquals(List.of(f.oncologist, f.funding), memo.getAbout(), "undo restores the memo's subjects in order");
        assertEquals(List.of(memo), f.funding.getMemos());
        assertSame(tag, f.smoking.getTags().get(0));
    }

    @Test
    void undoRestoresListPositions() {
        f.run(DialecticaCommands.delete(f.domain, f.funding));
        f.stack.undo();
        assertEquals(List.of(f.funding, f.oncologist), twoPremises.getPremises());
        assertSame(f.funding, inference.getCriticalQuestionAnswers().get(0).getAnsweredBy());
        assertEquals(List.of(f.oncologist, f.funding), memo.getAbout());
    }

    @Test
    void nothingOrTheProjectItselfCannotBeDeleted() {
        assertFalse(DialecticaCommands.delete(f.domain, List.of()).canExecute());
        assertFalse(DialecticaCommands.delete(f.domain, f.project).canExecute());
        assertFalse(DialecticaCommands.delete(f.domain, f.factory.createClaim()).canExecute());
    }
}
