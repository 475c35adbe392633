package org.dialectica.model.edit.commands;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.DialecticaPackage.Literals;
import org.dialectica.model.Inference;
import org.dialectica.model.Node;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Creates a conflict: the attacker claim rebuts or undermines a claim, or undercuts an inference.
 * Cannot execute when the kind does not fit the target (UNDERCUT needs an inference, REBUT and
 * UNDERMINE a claim) or when a claim would attack itself.
 */
public class AttackCommand extends DialecticaCommand {

    private final DialecticaFactoryWithIds factory;
    private final Claim attacker;
    private final Node target;
    private final ConflictKind kind;

    public AttackCommand(EditingDomain domain, DialecticaFactoryWithIds factory, Claim attacker, Node target, ConflictKind kind) {
        super(domain, label(kind), "Creates a conflict between a claim and its target");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.attacker = attacker;
        this.target = target;
        this.kind = kind;
    }

    private static String label(ConflictKind kind) {
        if (kind == null) {
            return "Attack";
        }
        return switch (kind) {
            case REBUT -> "Rebut claim";
            case UNDERMINE -> "Undermine premise";
            case UNDERCUT -> "Undercut inference";
        };
    }

    /** Whether a conflict of {@code kind} may target {@code target}: the model's rule 10. */
    public static boolean fits(ConflictKind kind, Node target) {
        if (kind == null || target == null) {
            return false;
        }
        return kind == ConflictKind.UNDERCUT ? target instanceof Inference : target instanceof Claim;
    }

    @Override
    protected boolean isValid() {
        return fits(kind, target) && attacker != target && Models.allIn(Models.projectOf(attacker), List.of(attacker, target));
    }

    @Override
    protected Collection<?> build(CompoundCommand steps) {
        Conflict conflict = factory.createConflict();
        conflict.setAttacker(attacker);
        conflict.setTarget(target);
        conflict.setKind(kind);
        steps.append(AddCommand.create(domain, Models.projectOf(attacker), Literals.PROJECT__NODES, conflict));
        return List.of(conflict);
    }
}
