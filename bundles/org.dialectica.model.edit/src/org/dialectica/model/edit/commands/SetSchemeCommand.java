package org.dialectica.model.edit.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.dialectica.model.DialecticaPackage.Literals;
import org.dialectica.model.Inference;
import org.dialectica.model.Scheme;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Changes the scheme of an inference (or removes it, with {@code null}). The answers to the old
 * scheme's critical questions go (undo brings them back), and each question of the new scheme gets
 * an OPEN answer. Cannot execute when the scheme does not change. The result is the inference.
 */
public class SetSchemeCommand extends DialecticaCommand {

    private final DialecticaFactoryWithIds factory;
    private final Inference inference;
    private final Scheme scheme;

    public SetSchemeCommand(EditingDomain domain, DialecticaFactoryWithIds factory, Inference inference, Scheme scheme) {
        super(domain, "Set scheme", "Changes the scheme of an inference and its critical questions");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.inference = inference;
        this.scheme = scheme;
    }

    @Override
    protected boolean isValid() {
        return inference != null && Models.projectOf(inference) != null && inference.getScheme() != scheme
                && (scheme == null || Models.projectOf(scheme) == Models.projectOf(inference));
    }

    @Override
    protected Collection<?> build(CompoundCommand steps) {
        if (!inference.getCriticalQuestionAnswers().isEmpty()) {
            steps.append(RemoveCommand.create(domain, inference, Literals.INFERENCE__CRITICAL_QUESTION_ANSWERS,
                    new ArrayList<>(inference.getCriticalQuestionAnswers())));
        }
        steps.append(SetCommand.create(domain, inference, Literals.INFERENCE__SCHEME, scheme));
        if (scheme != null && !scheme.getCriticalQuestions().isEmpty()) {
            steps.append(AddCommand.create(domain, inference, Literals.INFERENCE__CRITICAL_QUESTION_ANSWERS,
                    CriticalQuestions.openAnswers(factory, scheme)));
        }
        return List.of(inference);
    }
}
