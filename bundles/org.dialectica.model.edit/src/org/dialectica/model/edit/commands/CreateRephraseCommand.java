package org.dialectica.model.edit.commands;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.dialectica.model.Claim;
import org.dialectica.model.DialecticaPackage.Literals;
import org.dialectica.model.Node;
import org.dialectica.model.Project;
import org.dialectica.model.Rephrase;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Records that one claim rephrases another (AIF MA-node). Cannot execute when the rephrasing already
 * leads back to the original through other rephrases: the model's rule 14, no cycles. The result is
 * the rephrase.
 */
public class CreateRephraseCommand extends DialecticaCommand {

    private final DialecticaFactoryWithIds factory;
    private final Claim original;
    private final Claim rephrasing;

    public CreateRephraseCommand(EditingDomain domain, DialecticaFactoryWithIds factory, Claim original, Claim rephrasing) {
        super(domain, "Create rephrase", "Records that one claim rephrases another");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.original = original;
        this.rephrasing = rephrasing;
    }

    @Override
    protected boolean isValid() {
        return original != rephrasing && Models.allIn(Models.projectOf(original), List.of(original, rephrasing))
                && !leadsTo(Models.projectOf(original), rephrasing, original);
    }

    /** Whether following rephrases (original to rephrasing) from {@code from} reaches {@code to}. */
    private static boolean leadsTo(Project project, Claim from, Claim to) {
        Set<Claim> seen = new HashSet<>();
        Deque<Claim> pending = new ArrayDeque<>(List.of(from));
        while (!pending.isEmpty()) {
            Claim claim = pending.pop();
            if (claim == to) {
                return true;
            }
            if (seen.add(claim)) {
                for (Node node : project.getNodes()) {
                    if (node instanceof Rephrase rephrase && rephrase.getOriginal() == claim && rephrase.getRephrasing() != null) {
                        pending.push(rephrase.getRephrasing());
                    }
                }
            }
        }
        return false;
    }

    @Override
    protected Collection<?> build(CompoundCommand steps) {
        Rephrase rephrase = factory.createRephrase();
        rephrase.setOriginal(original);
        rephrase.setRephrasing(rephrasing);
        steps.append(AddCommand.create(domain, Models.projectOf(original), Literals.PROJECT__NODES, rephrase));
        return List.of(rephrase);
    }
}
