package org.dialectica.model.edit.commands;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.dialectica.model.AnchorState;
import org.dialectica.model.Claim;
import org.dialectica.model.DialecticaPackage.Literals;
import org.dialectica.model.Issue;
import org.dialectica.model.Project;
import org.dialectica.model.TextAnchor;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Creates a claim or an issue from a span of a source: its text (the quote when none is given) and
 * one anchor on the span, {@link AnchorState#ANCHORED}. The result is the new claim or issue.
 */
public class AnnotateSpanCommand extends DialecticaCommand {

    /** What the span becomes. */
    public enum Kind {
        CLAIM("Annotate claim"), ISSUE("Annotate issue");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private final DialecticaFactoryWithIds factory;
    private final Kind kind;
    private final TextSpan span;
    private final String text;

    /**
     * @param text the claim or issue text; {@code null} or blank takes the quoted text of the span
     */
    public AnnotateSpanCommand(EditingDomain domain, DialecticaFactoryWithIds factory, Kind kind, TextSpan span, String text) {
        super(domain, Objects.requireNonNull(kind, "kind").label, "Creates a " + kind.name().toLowerCase() + " anchored in a source");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.kind = kind;
        this.span = Objects.requireNonNull(span, "span");
        this.text = text;
    }

    @Override
    protected boolean isValid() {
        return Models.projectOf(span.source()) != null;
    }

    @Override
    protected Collection<?> build(CompoundCommand steps) {
        Project project = Models.projectOf(span.source());
        TextAnchor anchor = factory.createTextAnchor();
        span.fill(anchor, AnchorState.ANCHORED);
        String statement = text == null || text.isBlank() ? span.exact().strip() : text.strip();
        if (kind == Kind.CLAIM) {
            Claim claim = factory.createClaim();
            claim.setText(statement);
            claim.getAnchors().add(anchor);
            steps.append(AddCommand.create(domain, project, Literals.PROJECT__NODES, claim));
            return List.of(claim);
        }
        Issue issue = factory.createIssue();
        issue.setText(statement);
        issue.getAnchors().add(anchor);
        steps.append(AddCommand.create(domain, project, Literals.PROJECT__ISSUES, issue));
        return List.of(issue);
    }
}
