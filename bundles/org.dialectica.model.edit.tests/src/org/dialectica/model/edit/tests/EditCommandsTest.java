package org.dialectica.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.dialectica.model.AnchorState;
import org.dialectica.model.CriticalQuestionAnswer;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.Inference;
import org.dialectica.model.TextAnchor;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.dialectica.model.edit.commands.TextSpan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that change existing elements. */
class EditCommandsTest {

    @TempDir
    Path directory;

    Fixture f;
    Inference inference;

    @BeforeEach
    void setUp() throws IOException {
        f = new Fixture(directory);
        var create = DialecticaCommands.createInference(f.domain, List.of(f.oncologist), f.smoking, f.expertOpinion);
        f.stack.execute(create);
        inference = (Inference) create.getResult().iterator().next();
    }

    @Test
    void answerCriticalQuestionSetsStateAndAnsweringNode() {
        var command = f.run(DialecticaCommands.answerCriticalQuestion(f.domain, inference, f.expertise,
                CriticalQuestionState.FAILED, f.funding));
        CriticalQuestionAnswer answer = (CriticalQuestionAnswer) command.getResult().iterator().next();
        assertSame(inference.getCriticalQuestionAnswers().get(0), answer, "the existing answer is updated");
        assertEquals(2, inference.getCriticalQuestionAnswers().size());
        assertEquals(CriticalQuestionState.FAILED, answer.getState());
        assertSame(f.funding, answer.getAnsweredBy());
        assertEquals("Answer critical question", command.getLabel());
    }

    @Test
    void answeringAQuestionOfAnotherSchemeCannotExecute() {
        assertFalse(DialecticaCommands.answerCriticalQuestion(f.domain, inference, f.otherSigns, CriticalQuestionState.ANSWERED, null)
                .canExecute());
        assertFalse(DialecticaCommands.answerCriticalQuestion(f.domain, inference, f.expertise, CriticalQuestionState.ANSWERED, inference)
                .canExecute(), "an inference does not answer its own question");
    }

    @Test
    void answeringCreatesAMissingAnswer() {
        f.stack.execute(DialecticaCommands.delete(f.domain, inference.getCriticalQuestionAnswers().get(1)));
        f.run(DialecticaCommands.answerCriticalQuestion(f.domain, inference, f.consistency, CriticalQuestionState.ANSWERED, null));
        assertEquals(List.of(f.expertise, f.consistency),
                inference.getCriticalQuestionAnswers().stream().map(CriticalQuestionAnswer::getQuestion).toList());
        assertEquals(CriticalQuestionState.ANSWERED, inference.getCriticalQuestionAnswers().get(1).getState());
    }

    @Test
    void setSchemeReplacesTheAnswers() {
        f.stack.execute(DialecticaCommands.answerCriticalQuestion(f.domain, inference, f.expertise, CriticalQuestionState.ANSWERED, f.oncologist));
        f.run(DialecticaCommands.setScheme(f.domain, inference, f.signs));
        assertSame(f.signs, inference.getScheme());
        assertEquals(List.of(f.otherSigns), inference.getCriticalQuestionAnswers().stream().map(CriticalQuestionAnswer::getQuestion).toList());
        assertEquals(CriticalQuestionState.OPEN, inference.getCriticalQuestionAnswers().get(0).getState());

        f.stack.undo();
        assertEquals(CriticalQuestionState.ANSWERED, inference.getCriticalQuestionAnswers().get(0).getState(), "undo brings the answer back");
        f.stack.redo();

        f.run(DialecticaCommands.setScheme(f.domain, inference, null));
        assertNull(inference.getScheme());
        assertEquals(List.of(), inference.getCriticalQuestionAnswers());
        assertFalse(DialecticaCommands.setScheme(f.domain, inference, null).canExecute(), "unchanged");
    }

    @Test
    void renameSetsTheNamingText() {
        f.run(DialecticaCommands.rename(f.domain, f.smoking, " Smoking causes lung cancer. "));
        assertEquals("Smoking causes lung cancer.", f.smoking.getText());
        f.run(DialecticaCommands.rename(f.domain, f.expertOpinion, "Expert opinion"));
        assertEquals("Expert opinion", f.expertOpinion.getLabel());
        assertFalse(DialecticaCommands.rename(f.domain, f.smoking, "Smoking causes lung cancer.").canExecute(), "unchanged");
        assertFalse(DialecticaCommands.rename(f.domain, f.smoking, "  ").canExecute(), "blank");
        assertFalse(DialecticaCommands.rename(f.domain, inference, "x").canExecute(), "an inference has no name");
    }

    @Test
    void anchorStateAndReanchoring() {
        TextAnchor anchor = f.smoking.getAnchors().get(0);
        f.run(DialecticaCommands.setAnchorState(f.domain, anchor, AnchorState.ORPHANED));
        assertEquals(AnchorState.ORPHANED, anchor.getState());
        assertFalse(DialecticaCommands.setAnchorState(f.domain, anchor, AnchorState.ORPHANED).canExecute(), "unchanged");

        String quote = "Smoking causes cancer, says Dr. Rossi";
        int start = f.offsetOf(quote);
        TextSpan span = TextSpan.of(f.source, Fixture.TEXT, start, start + quote.length());
        var command = f.run(DialecticaCommands.reanchor(f.domain, anchor, span, AnchorState.MOVED));
        assertEquals("Re-anchor", command.getLabel());
        assertEquals(quote, anchor.getExact());
        assertEquals(start + quote.length(), anchor.getEnd());
        assertEquals(span.suffix(), anchor.getSuffix());
        assertEquals(AnchorState.MOVED, anchor.getState());

        var otherSource = f.factory.createSource();
        assertFalse(DialecticaCommands.reanchor(f.domain, anchor, TextSpan.of(otherSource, Fixture.TEXT, 0, 4), AnchorState.MOVED)
                .canExecute(), "a span of another source");
    }
}
