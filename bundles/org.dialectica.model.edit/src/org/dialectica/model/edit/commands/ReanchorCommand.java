package org.dialectica.model.edit.commands;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.dialectica.model.AnchorState;
import org.dialectica.model.DialecticaPackage.Literals;
import org.dialectica.model.TextAnchor;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Moves an anchor to a new span of its source and sets its state: what re-anchoring does when a
 * source's text changed and the quote was found again (usually {@link AnchorState#MOVED}). The span
 * must be of the anchor's own source. Only what changes is set. The result is the anchor.
 */
public class ReanchorCommand extends DialecticaCommand {

    private final TextAnchor anchor;
    private final TextSpan span;
    private final AnchorState state;

    public ReanchorCommand(EditingDomain domain, TextAnchor anchor, TextSpan span, AnchorState state) {
        super(domain, "Re-anchor", "Moves an anchor to a new place in its source");
        this.anchor = anchor;
        this.span = Objects.requireNonNull(span, "span");
        this.state = state;
    }

    @Override
    protected boolean isValid() {
        return anchor != null && state != null && anchor.getSource() == span.source() && Models.projectOf(anchor) != null
                && (anchor.getStart() != span.start() || anchor.getEnd() != span.end() || anchor.getState() != state
                        || !span.exact().equals(anchor.getExact()) || !span.prefix().equals(anchor.getPrefix())
                        || !span.suffix().equals(anchor.getSuffix()));
    }

    @Override
    protected Collection<?> build(CompoundCommand steps) {
        set(steps, Literals.TEXT_ANCHOR__START, anchor.getStart(), span.start());
        set(steps, Literals.TEXT_ANCHOR__END, anchor.getEnd(), span.end());
        set(steps, Literals.TEXT_ANCHOR__EXACT, anchor.getExact(), span.exact());
        set(steps, Literals.TEXT_ANCHOR__PREFIX, anchor.getPrefix(), span.prefix());
        set(steps, Literals.TEXT_ANCHOR__SUFFIX, anchor.getSuffix(), span.suffix());
        set(steps, Literals.TEXT_ANCHOR__STATE, anchor.getState(), state);
        return List.of(anchor);
    }

    private void set(CompoundCommand steps, org.eclipse.emf.ecore.EAttribute attribute, Object current, Object value) {
        if (!Objects.equals(current, value)) {
            steps.append(SetCommand.create(domain, anchor, attribute, value));
        }
    }
}
