package org.dialectica.ui.search;

import org.dialectica.model.Claim;
import org.dialectica.model.Source;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Anchors an existing claim in a second place (typically a similar passage in another source): annotates
 * the span as a new claim, then merges that claim into the existing one, which keeps both anchors and the
 * merge's provenance. One undoable command.
 */
final class AnchorInPassageCommand extends CompoundCommand {

    private final EditingDomain domain;
    private final Claim claim;
    private final Command annotate;

    AnchorInPassageCommand(EditingDomain domain, Claim claim, Source source, CharSequence sourceText, int start, int end) {
        super("Anchor claim in " + (source.getTitle() == null ? "source" : source.getTitle()));
        this.domain = domain;
        this.claim = claim;
        this.annotate = DialecticaCommands.annotateClaim(domain, source, sourceText, start, end, null);
    }

    @Override
    protected boolean prepare() {
        return annotate.canExecute();
    }

    @Override
    public void execute() {
        appendAndExecute(annotate);
        Claim quoted = annotate.getResult().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("annotating made no claim"));
        // The merge needs the new claim, so it can only be built now.
        appendAndExecute(DialecticaCommands.mergeClaims(domain, claim, quoted));
    }
}
