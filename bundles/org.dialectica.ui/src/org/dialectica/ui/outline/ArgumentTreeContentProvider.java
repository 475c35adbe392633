package org.dialectica.ui.outline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dialectica.core.queries.ArgumentQueries;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Node;
import org.dialectica.model.Project;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * The argument structure as a tree a researcher reads top-down: issues, their positions, the arguments for
 * each claim (with their premises) and the objections against it; claims no issue reaches come last.
 */
public class ArgumentTreeContentProvider implements ITreeContentProvider {

    private ArgumentQueries queries;

    @Override
    public Object[] getElements(Object input) {
        if (!(input instanceof Project project)) {
            return new Object[0];
        }
        queries = new ArgumentQueries(project);
        List<Object> roots = new ArrayList<>(project.getIssues());
        Set<Claim> reached = reachableFromIssues(project);
        for (Node node : project.getNodes()) {
            if (node instanceof Claim claim && !reached.contains(claim)) {
                roots.add(claim);
            }
        }
        return roots.toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        List<Object> children = new ArrayList<>();
        if (queries == null) {
            return new Object[0];
        }
        if (parent instanceof Issue issue) {
            children.addAll(issue.getPositions());
        } else if (parent instanceof Claim claim) {
            children.addAll(queries.argumentsFor(claim));
            children.addAll(queries.attacksOn(claim));
        } else if (parent instanceof Inference inference) {
            children.addAll(inference.getPremises());
            children.addAll(queries.attacksOn(inference));
        } else if (parent instanceof Conflict conflict && conflict.getAttacker() != null) {
            children.add(conflict.getAttacker());
        }
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }

    /**
     * The first path from a root to {@code element}, breadth first and at most {@code maxDepth} deep, so that
     * an element selected elsewhere can be revealed although the tree has no parent links (argument graphs
     * are not trees: one claim may appear under several parents).
     */
    public java.util.Optional<org.eclipse.jface.viewers.TreePath> pathTo(Object input, Object element, int maxDepth) {
        java.util.ArrayDeque<List<Object>> queue = new java.util.ArrayDeque<>();
        for (Object root : getElements(input)) {
            queue.add(List.of(root));
        }
        while (!queue.isEmpty()) {
            List<Object> path = queue.poll();
            Object last = path.get(path.size() - 1);
            if (last == element) {
                return java.util.Optional.of(new org.eclipse.jface.viewers.TreePath(path.toArray()));
            }
            if (path.size() < maxDepth) {
                for (Object child : getChildren(last)) {
                    if (!path.contains(child)) {
                        List<Object> longer = new ArrayList<>(path);
                        longer.add(child);
                        queue.add(longer);
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Claims shown somewhere below an issue, so they are not repeated at the top level. */
    private Set<Claim> reachableFromIssues(Project project) {
        Set<Claim> reached = new LinkedHashSet<>();
        List<Object> pending = new ArrayList<>(project.getIssues());
        Set<Object> seen = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            Object next = pending.remove(pending.size() - 1);
            if (!seen.add(next)) {
                continue;
            }
            if (next instanceof Claim claim) {
                reached.add(claim);
            }
            for (Object child : getChildren(next)) {
                pending.add(child);
            }
        }
        return reached;
    }
}
