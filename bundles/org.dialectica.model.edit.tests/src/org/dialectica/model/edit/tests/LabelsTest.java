package org.dialectica.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.dialectica.model.AnchorState;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.Inference;
import org.dialectica.model.edit.DialecticaLabels;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the generated item providers show, through the domain's adapter factory, inside OSGi. */
class LabelsTest {

    @TempDir
    Path directory;

    Fixture f;
    ComposedAdapterFactory adapterFactory;

    @BeforeEach
    void setUp() throws IOException {
        f = new Fixture(directory);
        adapterFactory = (ComposedAdapterFactory) f.domain.getAdapterFactory();
    }

    @AfterEach
    void tearDown() {
        adapterFactory.dispose();
    }

    private String text(Object object) {
        IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(object, IItemLabelProvider.class);
        return provider.getText(object);
    }

    private Object image(Object object) {
        return ((IItemLabelProvider) adapterFactory.adapt(object, IItemLabelProvider.class)).getImage(object);
    }

    private <T> T result(Command command) {
        f.stack.execute(command);
        @SuppressWarnings("unchecked")
        T result = (T) command.getResult().iterator().next();
        return result;
    }

    @Test
    void claimsAndIssuesShowTheirText() {
        assertEquals("Smoking causes cancer", text(f.smoking));
        assertEquals("Smoking debate", text(f.project));
        assertEquals("On smoking", text(f.source));
        assertEquals("“Smoking causes cancer”", text(f.smoking.getAnchors().get(0)));
        f.stack.execute(DialecticaCommands.setAnchorState(f.domain, f.smoking.getAnchors().get(0), AnchorState.ORPHANED));
        assertEquals("“Smoking causes cancer” (orphaned)", text(f.smoking.getAnchors().get(0)));
    }

    @Test
    void relationsShowWhatTheyRelate() {
        Inference inference = result(DialecticaCommands.createInference(f.domain, List.of(f.oncologist), f.smoking, f.expertOpinion));
        assertEquals("Argument from expert opinion → Smoking causes cancer", text(inference));
        Conflict rebut = result(DialecticaCommands.attack(f.domain, f.funding, f.smoking, ConflictKind.REBUT));
        assertEquals("the study was funded by a lobby rebuts Smoking causes cancer", text(rebut));
        Conflict undermine = result(DialecticaCommands.attack(f.domain, f.funding, f.oncologist, ConflictKind.UNDERMINE));
        assertEquals("the study was funded by a lobby undermines Dr. Rossi is an oncologist.", text(undermine));
        Conflict undercut = result(DialecticaCommands.attack(f.domain, f.funding, inference, ConflictKind.UNDERCUT));
        assertTrue(text(undercut).startsWith("the study was funded by a lobby undercuts Argument from"), text(undercut));
        assertEquals("Smoking causes cancer preferred to the study was funded by a lobby",
                text(result(DialecticaCommands.prefer(f.domain, f.smoking, f.funding))));
        assertEquals("Is E a genuine expert in D? — open", text(inference.getCriticalQuestionAnswers().get(0)));
        f.stack.execute(DialecticaCommands.answerCriticalQuestion(f.domain, inference, f.expertise, CriticalQuestionState.ANSWERED, f.oncologist));
        assertEquals("Is E a genuine expert in D? — answered by Dr. Rossi is an oncologist.", text(inference.getCriticalQuestionAnswers().get(0)));
    }

    @Test
    void labelsFollowRenames() {
        f.stack.execute(DialecticaCommands.rename(f.domain, f.smoking, "Tobacco kills"));
        assertEquals("Tobacco kills", text(f.smoking));
        assertEquals("health", text(result(DialecticaCommands.tag(f.domain, "health", List.of(f.smoking)))));
    }

    @Test
    void longTextsAreAbbreviatedOnOneLine() {
        String longText = "word ".repeat(100);
        f.stack.execute(DialecticaCommands.rename(f.domain, f.funding, longText));
        String label = text(f.funding);
        assertEquals(DialecticaLabels.MAX_LENGTH, label.length());
        assertTrue(label.endsWith("…"));
        Conflict rebut = result(DialecticaCommands.attack(f.domain, f.funding, f.smoking, ConflictKind.REBUT));
        assertTrue(text(rebut).startsWith("word word") && text(rebut).contains("… rebuts"), text(rebut));
        assertEquals("a b", DialecticaLabels.abbreviate(" a\n\t b ", 10));
    }

    @Test
    void itemProvidersGiveIconsAndChildren() {
        assertNotNull(image(f.smoking), "Claim icon packaged");
        assertNotNull(image(f.project));
        ITreeItemContentProvider tree = (ITreeItemContentProvider) adapterFactory.adapt(f.project, ITreeItemContentProvider.class);
        assertTrue(tree.getChildren(f.project).containsAll(List.of(f.source, f.smoking, f.expertOpinion)));
    }
}
