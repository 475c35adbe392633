package org.dialectica.model.edit.commands;

import java.util.Collection;
import java.util.List;

import org.dialectica.model.Claim;
import org.dialectica.model.DialecticaPackage.Literals;
import org.dialectica.model.Issue;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Makes a claim a position on an issue (an answer to the IBIS question). The result is the issue. */
public class AddPositionCommand extends DialecticaCommand {

    private final Issue issue;
    private final Claim claim;

    public AddPositionCommand(EditingDomain domain, Issue issue, Claim claim) {
        super(domain, "Add position", "Makes a claim a position on an issue");
        this.issue = issue;
        this.claim = claim;
    }

    @Override
    protected boolean isValid() {
        return issue != null && claim != null && Models.allIn(Models.projectOf(issue), List.of(issue, claim))
                && !issue.getPositions().contains(claim);
    }

    @Override
    protected Collection<?> build(CompoundCommand steps) {
        steps.append(AddCommand.create(domain, issue, Literals.ISSUE__POSITIONS, claim));
        return List.of(issue);
    }
}
