package org.dialectica.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.dialectica.model.Claim;
import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.Project;
import org.dialectica.model.Scheme;
import org.dialectica.model.Source;
import org.dialectica.model.edit.DialecticaEditingDomain;
import org.dialectica.model.edit.DialecticaEditingDomainFactory;
import org.dialectica.model.resource.DialecticaResourceFactory;
import org.dialectica.model.resource.DialecticaResources;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.dialectica.model.validation.ModelValidation;
import org.dialectica.model.validation.SourceTextProvider;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A saved project in a temporary folder, edited through a real Dialectica editing domain: one source
 * with a text, one scheme with two critical questions, and a few claims. {@link #run} executes a
 * command and checks undo and redo against copies of the model.
 */
final class Fixture {

    static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123Z");

    static final String TEXT = "Opening words that set the scene for the debate at hand. "
            + "Smoking causes cancer, says Dr. Rossi. Dr. Rossi is an oncologist. "
            + "But the study was funded by a lobby, and lobbies pay for the answers they want. "
            + "Closing words, long enough to give the last quote a full suffix.";

    final DialecticaFactoryWithIds factory = new DialecticaFactoryWithIds(() -> "Ada", Clock.fixed(NOW, ZoneOffset.UTC));
    final DialecticaEditingDomain domain = DialecticaEditingDomainFactory.create(factory);
    final CommandStack stack = domain.getCommandStack();
    final Path directory;
    final Resource resource;
    final Project project = factory.createProject();
    final Source source = factory.createSource();
    final Scheme expertOpinion = factory.createScheme();
    final CriticalQuestion expertise = factory.createCriticalQuestion();
    final CriticalQuestion consistency = factory.createCriticalQuestion();
    final Scheme signs = factory.createScheme();
    final CriticalQuestion otherSigns = factory.createCriticalQuestion();
    final Claim smoking;
    final Claim oncologist;
    final Claim funding;

    Fixture(Path directory) throws IOException {
        this.directory = directory;
        project.setName("Smoking debate");
        source.setTitle("On smoking");
        source.setSha256(sha256(TEXT));
        source.setTextLength(TEXT.length());
        project.getSources().add(source);

        expertOpinion.setName("ExpertOpinion");
        expertOpinion.setLabel("Argument from expert opinion");
        expertise.setText("Is E a genuine expert in D?");
        expertise.setAttackKind(ConflictKind.UNDERMINE);
        consistency.setText("Is A consistent with what other experts assert?");
        expertOpinion.getCriticalQuestions().addAll(List.of(expertise, consistency));
        signs.setName("Sign");
        signs.setLabel("Argument from sign");
        otherSigns.setText("Are there other events that would more reliably account for the sign?");
        signs.getCriticalQuestions().add(otherSigns);
        project.getSchemes().addAll(List.of(expertOpinion, signs));

        resource = domain.getResourceSet().createResource(
                URI.createFileURI(directory.resolve(DialecticaResourceFactory.PROJECT_FILE_NAME).toString()));
        resource.getContents().add(project);
        smoking = claim("Smoking causes cancer");
        oncologist = claim("Dr. Rossi is an oncologist.");
        funding = claim("the study was funded by a lobby");
        stack.flush();
        resource.save(null);
    }

    /** A claim annotated on the first occurrence of {@code quote}, through the command stack. */
    Claim claim(String quote) {
        int start = TEXT.indexOf(quote);
        assertTrue(start >= 0, quote);
        Command command = org.dialectica.model.edit.commands.DialecticaCommands.annotateClaim(domain, source, TEXT, start,
                start + quote.length(), null);
        stack.execute(command);
        return (Claim) command.getResult().iterator().next();
    }

    int offsetOf(String quote) {
        int start = TEXT.indexOf(quote);
        assertTrue(start >= 0, quote);
        return start;
    }

    /**
     * Executes {@code command}, then checks that undo restores the model as it was and redo as the
     * command left it, and that the model is valid and saves and loads after each step.
     */
    <C extends Command> C run(C command) {
        Project before = EcoreUtil.copy(project);
        assertTrue(command.canExecute(), () -> "cannot execute " + command.getLabel());
        stack.execute(command);
        assertTrue(stack.getUndoCommand() == command, "the command is on the stack: " + command.getLabel());
        assertValidAndPersistent();
        Project after = EcoreUtil.copy(project);
        assertFalse(sameModel(before, project), "the command changed nothing: " + command.getLabel());

        assertTrue(stack.canUndo());
        stack.undo();
        assertTrue(sameModel(before, project), "undo restores the model: " + command.getLabel());
        assertValidAndPersistent();

        assertTrue(stack.canRedo());
        stack.redo();
        assertTrue(sameModel(after, project), "redo restores the command's model: " + command.getLabel());
        assertValidAndPersistent();
        return command;
    }

    void assertValidAndPersistent() {
        assertValid(project);
        try {
            resource.save(null);
            Resource reloaded = DialecticaResources.configure(new ResourceSetImpl()).getResource(resource.getURI(), true);
            Project loaded = (Project) reloaded.getContents().get(0);
            assertValid(loaded);
            assertTrue(sameModel(project, loaded), "the saved model loads as it is");
        } catch (IOException e) {
            fail("save/load failed", e);
        }
    }

    void assertValid(Project model) {
        Diagnostic diagnostic = ModelValidation.validate(model, texts());
        assertNotEquals(Diagnostic.ERROR, diagnostic.getSeverity(), () -> describe(diagnostic));
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder(diagnostic.getMessage());
        diagnostic.getChildren().forEach(child -> text.append("\n  ").append(child.getMessage()));
        return text.toString();
    }

    SourceTextProvider texts() {
        return s -> Optional.ofNullable(sha256(TEXT).equals(s.getSha256()) ? TEXT : null);
    }

    /**
     * Structural equality of two models, ignoring transient features: {@code Element.memos} is the
     * unsaved inverse of {@code Memo.about}, and EMF appends to an inverse list when it restores the
     * stored side, so only its order may differ.
     */
    static boolean sameModel(EObject a, EObject b) {
        return new EcoreUtil.EqualityHelper() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean haveEqualFeature(EObject eObject1, EObject eObject2, EStructuralFeature feature) {
                return feature.isTransient() || super.haveEqualFeature(eObject1, eObject2, feature);
            }
        }.equals(a, b);
    }

    static void assertNoReferenceTo(EObject removed, Project project) {
        assertEquals(List.of(), List.copyOf(EcoreUtil.UsageCrossReferencer.find(removed, project)),
                "references left to " + removed);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
