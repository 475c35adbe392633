package org.dialectica.model.edit.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dialectica.model.DialecticaPackage.Literals;
import org.dialectica.model.Memo;
import org.dialectica.model.Project;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Deletes elements of one project and whatever cannot exist without them (see {@link DependentElements}:
 * e.g. deleting a claim deletes the inferences it concludes and the conflicts it takes part in), then
 * removes every remaining reference to what was deleted, with EMF's {@link DeleteCommand}. Undo puts
 * every object and every reference back where it was, list positions included.
 *
 * <p>The result is everything removed from the model (the given elements and their dependents); it
 * is known once the command has executed.
 */
public class DeleteElementsCommand extends CompoundCommand {

    private final EditingDomain domain;
    private final List<EObject> elements;
    private Collection<EObject> deleted = List.of();

    public DeleteElementsCommand(EditingDomain domain, Collection<? extends EObject> elements) {
        super("Delete", "Deletes elements and what depends on them");
        this.domain = domain;
        this.elements = new ArrayList<>(elements);
    }

    @Override
    protected boolean prepare() {
        if (elements.isEmpty()) {
            return false;
        }
        Project project = Models.projectOf(elements.get(0));
        return Models.allIn(project, elements);
    }

    @Override
    public void execute() {
        Project project = Models.projectOf(elements.get(0));
        Set<EObject> doomed = DependentElements.closure(project, elements);
        Set<EObject> roots = DependentElements.roots(doomed);
        // A deleted memo leaves the elements' transient Element.memos through its stored Memo.about, in
        // one command: DeleteCommand would go the other way round, element by element, and its undo
        // would then rebuild Memo.about in another order.
        for (EObject object : doomed) {
            if (object instanceof Memo memo && !memo.getAbout().isEmpty()) {
                appendAndExecute(RemoveCommand.create(domain, memo, Literals.MEMO__ABOUT, new ArrayList<>(memo.getAbout())));
            }
        }
        appendAndExecute(new ReferencesInProject(domain, roots, project));
        deleted = List.copyOf(roots);
    }

    @Override
    public Collection<?> getResult() {
        return deleted;
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return deleted;
    }

    /**
     * EMF's delete, looking for references in the project itself rather than in the domain's resource
     * set: a project is one containment tree, and it may not (yet) be in a resource of this domain.
     */
    private static final class ReferencesInProject extends DeleteCommand {

        private final Project project;

        ReferencesInProject(EditingDomain domain, Collection<?> collection, Project project) {
            super(domain, collection);
            this.project = project;
        }

        @Override
        protected Map<EObject, Collection<EStructuralFeature.Setting>> findReferences(Collection<EObject> eObjects) {
            return EcoreUtil.UsageCrossReferencer.findAll(eObjects, project);
        }
    }
}
