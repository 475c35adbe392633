package org.dialectica.ui.annotate;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.dialectica.model.Claim;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.Inference;
import org.dialectica.model.Node;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.dialectica.ui.outline.ElementLabelProvider;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Links a claim dragged onto another element, in the Map and in the Outline alike: asks how the claim relates
 * to the element, refuses combinations the argument model does not allow with a message saying why, and runs
 * the matching {@link DialecticaCommands} command on the command stack, so the link can be undone.
 */
public final class LinkChooser {

    /** How a dragged claim relates to the element it was dropped on. */
    public enum Relation {
        SUPPORTS("Supports"), REBUTS("Rebuts"), UNDERMINES("Undermines"), UNDERCUTS("Undercuts");

        private final String label;

        Relation(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Decides how {@code from} relates to {@code to}; empty when the user cancels. Tests answer it directly. */
    @FunctionalInterface
    public interface Decision {
        Optional<Relation> choose(Claim from, Node to);
    }

    private final Decision decision;
    private final Consumer<String> refusal;

    /**
     * @param decision asks how the two elements relate
     * @param refusal  tells the user why a link is impossible
     */
    public LinkChooser(Decision decision, Consumer<String> refusal) {
        this.decision = decision;
        this.refusal = refusal;
    }

    /** The chooser the workbench uses: a question dialog, and an information dialog for refusals. */
    public static LinkChooser interactive(Shell shell, EditingDomain domain) {
        return new LinkChooser(askUser(shell, domain), message -> MessageDialog.openInformation(shell, "Link", message));
    }

    /** Asks with a question dialog offering the four relations. */
    public static Decision askUser(Shell shell, EditingDomain domain) {
        return (from, to) -> {
            Relation[] relations = Relation.values();
            String[] buttons = new String[relations.length + 1];
            for (int i = 0; i < relations.length; i++) {
                buttons[i] = relations[i].label();
            }
            buttons[relations.length] = "Cancel";
            MessageDialog dialog = new MessageDialog(shell, "Link", null, "How does \"" + label(domain, from)
                    + "\" relate to \"" + label(domain, to) + "\"?", MessageDialog.QUESTION, buttons,
                    defaultRelation(to).ordinal());
            int choice = dialog.open();
            return choice >= 0 && choice < relations.length ? Optional.of(relations[choice]) : Optional.empty();
        };
    }

    /**
     * Asks how {@code from} relates to {@code to} and links them.
     *
     * @return the executed command, empty when the user cancelled or the link is impossible (then the refusal
     *         was told why)
     */
    public Optional<Command> link(EditingDomain domain, Claim from, Node to) {
        Optional<String> impossible = whyImpossible(from, to, null);
        if (impossible.isPresent()) {
            refusal.accept(impossible.get());
            return Optional.empty();
        }
        Optional<Relation> relation = decision.choose(from, to);
        if (relation.isEmpty()) {
            return Optional.empty();
        }
        impossible = whyImpossible(from, to, relation.get());
        if (impossible.isPresent()) {
            refusal.accept(impossible.get());
            return Optional.empty();
        }
        Command command = commandFor(domain, from, to, relation.get());
        if (!command.canExecute()) {
            refusal.accept("That link is not possible: \"" + label(domain, from) + "\" already "
                    + relation.get().label().toLowerCase() + " it, or the two are in different projects.");
            return Optional.empty();
        }
        domain.getCommandStack().execute(command);
        return Optional.of(command);
    }

    /**
     * Why {@code from} cannot relate to {@code to} by {@code relation} ({@code null}: by any relation), or empty
     * when the argument model allows it.
     */
    public static Optional<String> whyImpossible(Claim from, Node to, Relation relation) {
        if (from == null || to == null) {
            return Optional.of("Only a claim can be linked, and only to a claim or an argument.");
        }
        if (from == to) {
            return Optional.of("A claim cannot support or attack itself.");
        }
        if (!(to instanceof Claim) && !(to instanceof Inference)) {
            return Optional.of("A claim can only be linked to a claim or an argument.");
        }
        if (relation == null) {
            return Optional.empty();
        }
        return switch (relation) {
            case SUPPORTS -> to instanceof Claim ? Optional.empty()
                    : Optional.of("Only a claim can be supported; to attack an argument, choose Undercuts.");
            case REBUTS, UNDERMINES -> to instanceof Claim ? Optional.empty()
                    : Optional.of("Rebutting and undermining attack a claim; an argument is attacked by undercutting it.");
            case UNDERCUTS -> to instanceof Inference ? Optional.empty()
                    : Optional.of("Undercutting attacks an argument (an inference), not a claim; "
                            + "choose Rebuts or Undermines to attack a claim.");
        };
    }

    /** The command that links {@code from} to {@code to} by {@code relation}, unchecked. */
    public static Command commandFor(EditingDomain domain, Claim from, Node to, Relation relation) {
        return switch (relation) {
            case SUPPORTS -> DialecticaCommands.createInference(domain, List.of(from), (Claim) to, null);
            case REBUTS -> DialecticaCommands.attack(domain, from, to, ConflictKind.REBUT);
            case UNDERMINES -> DialecticaCommands.attack(domain, from, to, ConflictKind.UNDERMINE);
            case UNDERCUTS -> DialecticaCommands.attack(domain, from, to, ConflictKind.UNDERCUT);
        };
    }

    /** The relation offered first: undercutting for an argument, supporting for a claim. */
    static Relation defaultRelation(Node to) {
        return to instanceof Inference ? Relation.UNDERCUTS : Relation.SUPPORTS;
    }

    private static String label(EditingDomain domain, Object element) {
        return domain instanceof AdapterFactoryEditingDomain factoryDomain
                ? ElementLabelProvider.textOf(factoryDomain.getAdapterFactory(), element)
                : String.valueOf(element);
    }
}
