package org.dialectica.model.edit.commands;

import java.util.Collection;
import java.util.List;

import org.dialectica.model.AnchorState;
import org.dialectica.model.DialecticaPackage.Literals;
import org.dialectica.model.TextAnchor;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Sets the state of an anchor without moving it, e.g. {@link AnchorState#ORPHANED} when its quote is
 * no longer in the source's text. Cannot execute when the state does not change. The result is the anchor.
 */
public class SetAnchorStateCommand extends DialecticaCommand {

    private final TextAnchor anchor;
    private final AnchorState state;

    public SetAnchorStateCommand(EditingDomain domain, TextAnchor anchor, AnchorState state) {
        super(domain, "Set anchor state", "Marks an anchor as anchored, moved or orphaned");
        this.anchor = anchor;
        this.state = state;
    }

    @Override
    protected boolean isValid() {
        return anchor != null && state != null && anchor.getState() != state && Models.projectOf(anchor) != null;
    }

    @Override
    protected Collection<?> build(CompoundCommand steps) {
        steps.append(SetCommand.create(domain, anchor, Literals.TEXT_ANCHOR__STATE, state));
        return List.of(anchor);
    }
}
