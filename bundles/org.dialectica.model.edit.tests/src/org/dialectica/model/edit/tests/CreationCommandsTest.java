package org.dialectica.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.dialectica.model.AnchorState;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestionAnswer;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Memo;
import org.dialectica.model.Preference;
import org.dialectica.model.Rephrase;
import org.dialectica.model.Tag;
import org.dialectica.model.TextAnchor;
import org.dialectica.model.edit.commands.AnnotateSpanCommand;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.dialectica.model.edit.commands.TextSpan;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that create elements: what they create, and that undo and redo are exact. */
class CreationCommandsTest {

    @TempDir
    Path directory;

    Fixture f;

    @BeforeEach
    void setUp() throws IOException {
        f = new Fixture(directory);
    }

    @Test
    void annotateClaimAnchorsTheSpanWithContext() {
        String quote = "Dr. Rossi is an oncologist.";
        int start = f.offsetOf(quote);
        AnnotateSpanCommand command = f.run(DialecticaCommands.annotateClaim(f.domain, f.source, Fixture.TEXT, start,
                start + quote.length(), "Rossi is a cancer specialist."));

        assertEquals("Annotate claim", command.getLabel());
        Claim claim = (Claim) command.getResult().iterator().next();
        assertEquals(command.getResult(), command.getAffectedObjects());
        assertSame(f.project, claim.eContainer());
        assertEquals("Rossi is a cancer specialist.", claim.getText());
        assertEquals("Ada", claim.getAuthor());
        assertEquals(Fixture.NOW, claim.getCreated());
        TextAnchor anchor = claim.getAnchors().get(0);
        assertSame(f.source, anchor.getSource());
        assertEquals(start, anchor.getStart());
        assertEquals(start + quote.length(), anchor.getEnd());
        assertEquals(quote, anchor.getExact());
        assertEquals(Fixture.TEXT.substring(start - 32, start), anchor.getPrefix());
        assertEquals(Fixture.TEXT.substring(start + quote.length(), start + quote.length() + 32), anchor.getSuffix());
        assertEquals(AnchorState.ANCHORED, anchor.getState());
        assertEquals("Undo Annotate claim", "Undo " + f.stack.getUndoCommand().getLabel());
    }

    @Test
    void contextIsCutAtTheEndsOfTheText() {
        TextSpan span = TextSpan.of(f.source, Fixture.TEXT, 0, 7);
        assertEquals("", span.prefix());
        assertEquals("Opening", span.exact());
        TextSpan last = TextSpan.of(f.source, Fixture.TEXT, Fixture.TEXT.length() - 7, Fixture.TEXT.length());
        assertEquals("", last.suffix());
        assertEquals(32, last.prefix().length());
    }

    @Test
    void contextNeverSplitsASurrogatePair() {
        String text = "😀".repeat(20) + "quote" + "😀".repeat(20);
        int start = text.indexOf("quote");
        TextSpan span = TextSpan.of(f.source, text, start, start + 5);
        assertEquals("😀".repeat(16), span.prefix());
        assertEquals("😀".repeat(16), span.suffix());
        String shifted = "😀".repeat(20) + "yquote" + "z" + "😀".repeat(20);
        int at = shifted.indexOf("quote");
        TextSpan odd = TextSpan.of(f.source, shifted, at, at + 5);
        assertEquals("😀".repeat(15) + "y", odd.prefix(), "the half pair at the start is dropped");
        assertEquals("z" + "😀".repeat(15), odd.suffix(), "the half pair at the end is dropped");
    }

    @Test
    void aSpanOutsideTheTextIsRefusedClearly() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DialecticaCommands.annotateClaim(f.domain, f.source, Fixture.TEXT, 10, Fixture.TEXT.length() + 1, null));
        assertTrue(error.getMessage().contains("not inside"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DialecticaCommands.annotateClaim(f.domain, f.source, Fixture.TEXT, 5, 5, null));
    }

    @Test
    void annotateIssueCreatesAnAnchoredIssue() {
        String quote = "Smoking causes cancer, says Dr. Rossi.";
        int start = f.offsetOf(quote);
        AnnotateSpanCommand command = f.run(DialecticaCommands.annotateIssue(f.domain, f.source, Fixture.TEXT, start,
                start + quote.length(), "Does smoking cause cancer?"));
        assertEquals("Annotate issue", command.getLabel());
        Issue issue = (Issue) command.getResult().iterator().next();
        assertEquals(List.of(issue), f.project.getIssues());
        assertEquals("Does smoking cause cancer?", issue.getText());
        assertEquals(quote, issue.getAnchors().get(0).getExact());
    }

    @Test
    void annotatingASourceOutsideAProjectCannotExecute() {
        var stray = f.factory.createSource();
        assertFalse(DialecticaCommands.annotateClaim(f.domain, stray, Fixture.TEXT, 0, 5, null).canExecute());
    }

    @Test
    void commandsNeedADialecticaDomain() {
        var plain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DialecticaCommands.annotateClaim(plain, f.source, Fixture.TEXT, 0, 5, null));
        assertTrue(error.getMessage().contains("DialecticaEditingDomainFactory"), error.getMessage());
    }

    @Test
    void createInferenceOpensEveryCriticalQuestionOfItsScheme() {
        var command = f.run(DialecticaCommands.createInference(f.domain, List.of(f.oncologist), f.smoking, f.expertOpinion));
        Inference inference = (Inference) command.getResult().iterator().next();
        assertEquals(List.of(f.oncologist), inference.getPremises());
        assertSame(f.smoking, inference.getConclusion());
        assertSame(f.expertOpinion, inference.getScheme());
        assertEquals(List.of(f.expertise, f.consistency),
                inference.getCriticalQuestionAnswers().stream().map(CriticalQuestionAnswer::getQuestion).toList());
        assertTrue(inference.getCriticalQuestionAnswers().stream().allMatch(a -> a.getState() == CriticalQuestionState.OPEN));
        assertEquals("Create inference", command.getLabel());
    }

    @Test
    void createInferenceWithoutSchemeHasNoAnswers() {
        var command = f.run(DialecticaCommands.createInference(f.domain, List.of(f.oncologist, f.funding), f.smoking, null));
        Inference inference = (Inference) command.getResult().iterator().next();
        assertNull(inference.getScheme());
        assertTrue(inference.getCriticalQuestionAnswers().isEmpty());
    }

    @Test
    void invalidInferencesCannotExecute() {
        assertFalse(DialecticaCommands.createInference(f.domain, List.of(), f.smoking, null).canExecute(), "no premise");
        assertFalse(DialecticaCommands.createInference(f.domain, List.of(f.smoking), f.smoking, null).canExecute(), "circular");
        assertFalse(DialecticaCommands.createInference(f.domain, List.of(f.funding, f.funding), f.smoking, null).canExecute(),
                "repeated premise");
        assertFalse(DialecticaCommands.createInference(f.domain, List.of(f.funding), null, null).canExecute(), "no conclusion");
        Claim stray = f.factory.createClaim();
        assertFalse(DialecticaCommands.createInference(f.domain, List.of(stray), f.smoking, null).canExecute(), "foreign premise");
    }

    @Test
    void attackCreatesConflictsOfEveryKind() {
        Inference inference = (Inference) f.run(DialecticaCommands.createInference(f.domain, List.of(f.oncologist), f.smoking, null))
                .getResult().iterator().next();

        var rebut = f.run(DialecticaCommands.attack(f.domain, f.funding, f.smoking, ConflictKind.REBUT));
        var undermine = f.run(DialecticaCommands.attack(f.domain, f.funding, f.oncologist, ConflictKind.UNDERMINE));
        var undercut = f.run(DialecticaCommands.attack(f.domain, f.funding, inference, ConflictKind.UNDERCUT));

        assertEquals("Rebut claim", rebut.getLabel());
        assertEquals("Undermine premise", undermine.getLabel());
        assertEquals("Undercut inference", undercut.getLabel());
        Conflict conflict = (Conflict) undercut.getResult().iterator().next();
        assertSame(f.funding, conflict.getAttacker());
        assertSame(inference, conflict.getTarget());
        assertEquals(ConflictKind.UNDERCUT, conflict.getKind());
    }

    @Test
    void attacksThatDoNotFitTheirTargetCannotExecute() {
        Inference inference = (Inference) f.run(DialecticaCommands.createInference(f.domain, List.of(f.oncologist), f.smoking, null))
                .getResult().iterator().next();
        assertFalse(DialecticaCommands.attack(f.domain, f.funding, f.smoking, ConflictKind.UNDERCUT).canExecute(), "undercut a claim");
        assertFalse(DialecticaCommands.attack(f.domain, f.funding, inference, ConflictKind.REBUT).canExecute(), "rebut an inference");
        assertFalse(DialecticaCommands.attack(f.domain, f.funding, inference, ConflictKind.UNDERMINE).canExecute(), "undermine an inference");
        assertFalse(DialecticaCommands.attack(f.domain, f.funding, f.funding, ConflictKind.REBUT).canExecute(), "self-attack");
        assertFalse(DialecticaCommands.attack(f.domain, f.funding, f.smoking, null).canExecute(), "no kind");
    }

    @Test
    void preferenceAndRephrase() {
        Preference preference = (Preference) f.run(DialecticaCommands.prefer(f.domain, f.smoking, f.funding)).getResult().iterator().next();
        assertSame(f.smoking, preference.getPreferred());
        assertSame(f.funding, preference.getDispreferred());
        assertFalse(DialecticaCommands.prefer(f.domain, f.smoking, f.smoking).canExecute());

        Rephrase rephrase = (Rephrase) f.run(DialecticaCommands.rephrase(f.domain, f.smoking, f.oncologist)).getResult().iterator().next();
        assertSame(f.smoking, rephrase.getOriginal());
        assertSame(f.oncologist, rephrase.getRephrasing());
        f.run(DialecticaCommands.rephrase(f.domain, f.oncologist, f.funding));
        assertFalse(DialecticaCommands.rephrase(f.domain, f.funding, f.smoking).canExecute(), "would close a cycle");
        assertFalse(DialecticaCommands.rephrase(f.domain, f.smoking, f.smoking).canExecute(), "rephrases itself");
    }

    @Test
    void addPosition() {
        Issue issue = f.factory.createIssue();
        issue.setText("Does smoking cause cancer?");
        f.stack.execute(org.eclipse.emf.edit.command.AddCommand.create(f.domain, f.project,
                org.dialectica.model.DialecticaPackage.Literals.PROJECT__ISSUES, issue));
        f.run(DialecticaCommands.addPosition(f.domain, issue, f.smoking));
        assertEquals(List.of(f.smoking), issue.getPositions());
        assertFalse(DialecticaCommands.addPosition(f.domain, issue, f.smoking).canExecute(), "already a position");
    }

    @Test
    void memoAboutElementsUpdatesTheirMemos() {
        Memo memo = (Memo) f.run(DialecticaCommands.memo(f.domain, f.project, "  Check the funding.  ", List.of(f.funding, f.source)))
                .getResult().iterator().next();
        assertEquals("Check the funding.", memo.getText());
        assertEquals(List.of(f.funding, f.source), memo.getAbout());
        assertEquals(List.of(memo), f.funding.getMemos());
        f.stack.undo();
        assertTrue(f.funding.getMemos().isEmpty(), "undo takes the memo out of the inverse too");
        assertFalse(DialecticaCommands.memo(f.domain, f.project, " ", List.of(f.funding)).canExecute(), "blank memo");
    }

    @Test
    void tagCreatesTheTagOnceAndReusesItIgnoringCase() {
        Tag tag = (Tag) f.run(DialecticaCommands.tag(f.domain, "Medicine", List.of(f.smoking, f.oncologist))).getResult().iterator().next();
        assertEquals(List.of(tag), f.project.getTags());
        assertEquals("Medicine", tag.getName());
        assertEquals(List.of(tag), f.smoking.getTags());

        Tag again = (Tag) f.run(DialecticaCommands.tag(f.domain, "medicine ", List.of(f.funding))).getResult().iterator().next();
        assertSame(tag, again);
        assertEquals(1, f.project.getTags().size());
        assertFalse(DialecticaCommands.tag(f.domain, "MEDICINE", List.of(f.smoking)).canExecute(), "already tagged");
        assertFalse(DialecticaCommands.tag(f.domain, "", List.of(f.smoking)).canExecute(), "no name");

        f.run(DialecticaCommands.untag(f.domain, tag, List.of(f.smoking, f.funding)));
        assertTrue(f.smoking.getTags().isEmpty());
        assertEquals(List.of(tag), f.oncologist.getTags());
        assertFalse(DialecticaCommands.untag(f.domain, tag, List.of(f.smoking)).canExecute(), "not tagged");
    }
}
