package org.dialectica.core.schemes;

import java.util.List;
import java.util.Optional;

import org.dialectica.model.Project;
import org.dialectica.model.Scheme;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The argumentation schemes Dialectica knows: its own catalogue of Walton's schemes and those
 * contributed by plug-ins as data through the extension point {@code org.dialectica.core.schemeCatalogs}.
 *
 * <p>Catalogue schemes are shared and must not be modified; a project uses its own copy
 * ({@link #copyIntoProject}), stored in {@link Project#getSchemes()}, so that it opens the same way
 * on a machine without the contributing plug-in.
 */
public interface SchemeCatalog {

    /** Every scheme of every readable catalogue, Dialectica's own first. A scheme name appears once. */
    List<Scheme> schemes();

    /** The scheme with this {@link Scheme#getName() name}, if any catalogue has it. */
    Optional<Scheme> schemeByName(String name);

    /** What went wrong reading catalogues (each skipped file or scheme, with the reason); empty when all is well. */
    List<String> problems();

    /**
     * The project's own scheme named like {@code scheme}: the one already in the project, or a copy
     * added by a command on {@code domain}'s stack (undoable). Copies keep the catalogue's ids, so the
     * same scheme has the same id in every project.
     */
    Scheme copyIntoProject(EditingDomain domain, Project project, Scheme scheme);
}
