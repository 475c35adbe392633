package org.dialectica.ui.library;

import java.util.List;
import java.util.stream.Collectors;

import org.dialectica.core.queries.ArgumentQueries;
import org.dialectica.model.Project;
import org.dialectica.model.Source;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Deleting sources from the Library: what the confirmation says, and the undoable command. Deleting a source
 * removes the quotes (anchors) that point into it; the claims and issues themselves stay. The stored text stays
 * on disk so that Undo can bring the source back whole.
 */
final class SourceDeletion {

    private static final int LISTED = 10;

    private SourceDeletion() {
    }

    static String question(List<Source> sources) {
        return sources.size() == 1 ? "Delete this source?" : "Delete these " + sources.size() + " sources?";
    }

    static String details(Project project, List<Source> sources) {
        ArgumentQueries queries = new ArgumentQueries(project);
        long annotations = sources.stream().mapToLong(queries::anchorCount).sum();
        String names = sources.stream().limit(LISTED).map(s -> "  \u2022 " + title(s)).collect(Collectors.joining("\n"));
        if (sources.size() > LISTED) {
            names += "\n  \u2026 and " + (sources.size() - LISTED) + " more";
        }
        String effect = annotations == 0 ? "No annotation quotes " + (sources.size() == 1 ? "it." : "them.")
                : annotations + (annotations == 1 ? " annotation quotes " : " annotations quote ")
                        + (sources.size() == 1 ? "it" : "them")
                        + ": the quotes are removed, the claims and issues stay.";
        return names + "\n\n" + effect + "\nEdit > Undo brings everything back.";
    }

    static Command command(EditingDomain domain, List<Source> sources) {
        return DialecticaCommands.delete(domain, sources);
    }

    private static String title(Source source) {
        String title = source.getTitle() != null && !source.getTitle().isBlank() ? source.getTitle() : source.getFileName();
        return title == null ? source.getId() : title;
    }
}
