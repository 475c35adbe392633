package org.dialectica.model.edit.commands;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A user action as one undoable command, built from EMF's primitive commands ({@code AddCommand},
 * {@code SetCommand}, {@code RemoveCommand}, …), so that undo and redo restore the model exactly and
 * notify every viewer. Its label is what the Edit menu shows ("Undo Annotate claim"); its result and
 * affected objects are the elements it creates or changes, for the UI to select.
 *
 * <p>New elements are created and filled in before they enter the model: until a primitive command
 * adds them, changing them changes nothing anyone can see, so only the adding has to be undone.
 */
public abstract class DialecticaCommand extends CommandWrapper {

    protected final EditingDomain domain;
    private Collection<?> result = List.of();

    protected DialecticaCommand(EditingDomain domain, String label, String description) {
        super(label, description);
        this.domain = Objects.requireNonNull(domain, "domain");
    }

    @Override
    protected final Command createCommand() {
        if (!isValid()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand steps = new CompoundCommand(getLabel(), getDescription());
        result = List.copyOf(build(steps));
        return steps;
    }

    /** Whether the input makes sense; when false the command cannot execute and builds nothing. */
    protected abstract boolean isValid();

    /**
     * Appends the primitive commands to {@code steps}, which are all checked before the first runs.
     *
     * @return the elements this command creates or changes: its result and affected objects
     */
    protected abstract Collection<?> build(CompoundCommand steps);

    @Override
    public Collection<?> getResult() {
        return result;
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return result;
    }
}
