package org.dialectica.core.anchor;

import java.util.ArrayList;
import java.util.List;

import org.dialectica.core.project.OpenProject;
import org.dialectica.model.AnchorState;
import org.dialectica.model.DialecticaPackage.Literals;
import org.dialectica.model.Project;
import org.dialectica.model.Source;
import org.dialectica.model.TextAnchor;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.service.component.annotations.Component;

/**
 * Re-anchors the quotes of claims and issues after the text of their source changed (re-import,
 * better extraction). Each anchor is found again by {@link QuoteMatcher}; the changes are applied as
 * one command, so one undo restores every anchor. Orphaned anchors keep their offsets and quote:
 * nothing a user marked is ever dropped.
 */
@Component(service = AnchorService.class)
public class AnchorService {

    /** Context remembered on each side of a quote when the anchor had none. */
    public static final int DEFAULT_CONTEXT_LENGTH = 32;

    private final QuoteMatcher matcher = new QuoteMatcher();

    /** Re-anchors in an open project, on its command stack. */
    public AnchorReport reanchor(OpenProject project, Source source, String newText) {
        return reanchor(project.editingDomain(), project.model(), source, newText);
    }

    /**
     * Finds every anchor on {@code source} in {@code newText} and executes the changes as one command
     * on {@code domain}'s stack (nothing is executed when nothing changes).
     */
    public AnchorReport reanchor(EditingDomain domain, Project project, Source source, String newText) {
        AnchorChanges changes = plan(domain, project, source, newText);
        if (!changes.command().isEmpty()) {
            domain.getCommandStack().execute(changes.command().unwrap());
        }
        return changes.report();
    }

    /**
     * Finds every anchor on {@code source} in {@code newText} without changing anything: the returned
     * command applies the new offsets, quotes and states (and the source's text length), so that a caller
     * can execute it together with other changes as one undoable step, e.g. a re-import that also
     * switches the source to its new text.
     */
    public AnchorChanges plan(EditingDomain domain, Project project, Source source, String newText) {
        List<AnchorOutcome> outcomes = new ArrayList<>();
        CompoundCommand changes = new CompoundCommand("Re-anchor quotes in " + label(source));
        for (TextAnchor anchor : anchorsOn(project, source)) {
            Quote quote = Quote.of(anchor);
            QuoteMatch match = matcher.find(newText, quote);
            String newExact = match.state() == AnchorState.ORPHANED ? quote.exact()
                    : newText.substring(match.start(), match.end());
            outcomes.add(new AnchorOutcome(anchor, match.state(), quote.start(), quote.end(), match.start(), match.end(),
                    quote.exact(), newExact));
            set(domain, changes, anchor, Literals.TEXT_ANCHOR__STATE, match.state());
            if (match.state() != AnchorState.ORPHANED) {
                set(domain, changes, anchor, Literals.TEXT_ANCHOR__START, match.start());
                set(domain, changes, anchor, Literals.TEXT_ANCHOR__END, match.end());
                set(domain, changes, anchor, Literals.TEXT_ANCHOR__EXACT, newExact);
                set(domain, changes, anchor, Literals.TEXT_ANCHOR__PREFIX,
                        prefix(newText, match.start(), contextLength(quote.prefix())));
                set(domain, changes, anchor, Literals.TEXT_ANCHOR__SUFFIX,
                        suffix(newText, match.end(), contextLength(quote.suffix())));
            }
        }
        set(domain, changes, source, Literals.SOURCE__TEXT_LENGTH, newText.length());
        return new AnchorChanges(changes, new AnchorReport(source, outcomes));
    }

    private static List<TextAnchor> anchorsOn(Project project, Source source) {
        List<TextAnchor> anchors = new ArrayList<>();
        for (TreeIterator<EObject> contents = project.eAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            if (object instanceof TextAnchor anchor) {
                if (anchor.getSource() == source) {
                    anchors.add(anchor);
                }
                contents.prune();
            } else if (object instanceof Source) {
                contents.prune();
            }
        }
        return anchors;
    }

    /** Adds a set command only when the value actually changes, so an unchanged text leaves no command. */
    private static void set(EditingDomain domain, CompoundCommand changes, EObject owner, EStructuralFeature feature,
            Object value) {
        DialecticaCommands.setIfChanged(domain, owner, feature, value).ifPresent(changes::append);
    }

    private static int contextLength(String remembered) {
        return remembered == null || remembered.isEmpty() ? DEFAULT_CONTEXT_LENGTH : remembered.length();
    }

    private static String prefix(String text, int start, int length) {
        return text.substring(Math.max(0, start - length), start);
    }

    private static String suffix(String text, int end, int length) {
        return text.substring(end, Math.min(text.length(), end + length));
    }

    private static String label(Source source) {
        return source.getTitle() != null && !source.getTitle().isBlank() ? source.getTitle() : source.getId();
    }
}
