package org.dialectica.ui.annotate;

import java.util.List;

import org.dialectica.core.project.OpenProject;
import org.dialectica.model.Claim;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.Node;
import org.dialectica.model.Scheme;
import org.dialectica.model.Source;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Turns a span of a source into model elements, each user action one undoable command on the project's
 * command stack: a claim, an issue, an objection (a claim attacking another element) or a supporting reason
 * (a claim that is the premise of an inference to a chosen conclusion).
 */
public final class Annotator {

    private final OpenProject project;
    private final Source source;
    private final CharSequence text;

    public Annotator(OpenProject project, Source source, CharSequence text) {
        this.project = project;
        this.source = source;
        this.text = text;
    }

    public Command claim(int start, int end) {
        return DialecticaCommands.annotateClaim(domain(), source, text, start, end, null);
    }

    public Command issue(int start, int end) {
        return DialecticaCommands.annotateIssue(domain(), source, text, start, end, null);
    }

    /** A new claim from the span that attacks {@code target} with {@code kind}. */
    public Command objection(int start, int end, Node target, ConflictKind kind) {
        return new ClaimThen("Annotate objection", claim(start, end),
                claim -> DialecticaCommands.attack(domain(), claim, target, kind));
    }

    /** A new claim from the span that supports {@code conclusion} through an inference with {@code scheme}. */
    public Command support(int start, int end, Claim conclusion, Scheme scheme) {
        return new ClaimThen("Annotate supporting reason", claim(start, end),
                claim -> DialecticaCommands.createInference(domain(), List.of(claim), conclusion, scheme));
    }

    /** Executes {@code command} on the project's command stack; returns whether it ran. */
    public boolean execute(Command command) {
        if (!command.canExecute()) {
            return false;
        }
        domain().getCommandStack().execute(command);
        return true;
    }

    private EditingDomain domain() {
        return project.editingDomain();
    }

    /**
     * Creates a claim, then a second element that needs that claim, as one command: the second command can
     * only be built once the claim exists.
     */
    private static final class ClaimThen extends CompoundCommand {

        private final Command createClaim;
        private final java.util.function.Function<Claim, Command> then;

        ClaimThen(String label, Command createClaim, java.util.function.Function<Claim, Command> then) {
            super(label);
            this.createClaim = createClaim;
            this.then = then;
        }

        @Override
        protected boolean prepare() {
            return createClaim.canExecute();
        }

        @Override
        public void execute() {
            appendAndExecute(createClaim);
            Claim claim = (Claim) createClaim.getResult().iterator().next();
            Command second = then.apply(claim);
            if (!appendAndExecute(second)) {
                throw new IllegalStateException("cannot link the new claim: " + second.getLabel());
            }
        }

        @Override
        public Command unwrap() {
            return this; // keep the label even when only one step ran
        }
    }

    /** The annotation kinds, with the key that triggers each in the Reader. */
    public enum Kind {
        CLAIM('c'), ISSUE('i'), OBJECTION('o'), SUPPORT('s');

        private final char key;

        Kind(char key) {
            this.key = key;
        }

        public char key() {
            return key;
        }

        public static java.util.Optional<Kind> ofKey(char key) {
            for (Kind kind : values()) {
                if (kind.key == Character.toLowerCase(key)) {
                    return java.util.Optional.of(kind);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
