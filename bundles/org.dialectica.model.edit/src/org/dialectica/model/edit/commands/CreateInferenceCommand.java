package org.dialectica.model.edit.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import org.dialectica.model.Claim;
import org.dialectica.model.DialecticaPackage.Literals;
import org.dialectica.model.Inference;
import org.dialectica.model.Project;
import org.dialectica.model.Scheme;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Creates an inference from premises to a conclusion, optionally by a scheme; every critical question
 * of the scheme gets an OPEN answer. Cannot execute without premises, with repeated premises, or when
 * the conclusion is one of its own premises.
 */
public class CreateInferenceCommand extends DialecticaCommand {

    private final DialecticaFactoryWithIds factory;
    private final List<Claim> premises;
    private final Claim conclusion;
    private final Scheme scheme;

    /** @param scheme may be {@code null}: an inference by no named scheme */
    public CreateInferenceCommand(EditingDomain domain, DialecticaFactoryWithIds factory, Collection<Claim> premises,
            Claim conclusion, Scheme scheme) {
        super(domain, "Create inference", "Creates an inference from premises to a conclusion");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.premises = new ArrayList<>(Objects.requireNonNull(premises, "premises"));
        this.conclusion = conclusion;
        this.scheme = scheme;
    }

    @Override
    protected boolean isValid() {
        Project project = Models.projectOf(conclusion);
        return !premises.isEmpty()
                && Models.allIn(project, premises)
                && new HashSet<>(premises).size() == premises.size()
                && !premises.contains(conclusion)
                && (scheme == null || Models.projectOf(scheme) == project);
    }

    @Override
    protected Collection<?> build(CompoundCommand steps) {
        Inference inference = factory.createInference();
        inference.getPremises().addAll(premises);
        inference.setConclusion(conclusion);
        if (scheme != null) {
            inference.setScheme(scheme);
            inference.getCriticalQuestionAnswers().addAll(CriticalQuestions.openAnswers(factory, scheme));
        }
        steps.append(AddCommand.create(domain, Models.projectOf(conclusion), Literals.PROJECT__NODES, inference));
        return List.of(inference);
    }
}
