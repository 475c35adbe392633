package org.dialectica.interchange.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dialectica.interchange.ExportScope;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Node;
import org.dialectica.model.Preference;
import org.dialectica.model.Project;
import org.dialectica.model.Rephrase;
import org.dialectica.model.Scheme;

/**
 * The elements an {@link ExportScope} covers, in project order. For an issue: the issue, its positions,
 * and, to a fixpoint, the inferences that conclude a selected claim (with their premises), the conflicts
 * that attack a selected node (with their attackers), and the preferences and rephrases among selected
 * nodes.
 */
public final class ScopeSelection {

    private final Project project;
    private final List<Issue> issues;
    private final Set<Node> nodes;
    private final boolean wholeProject;

    private ScopeSelection(Project project, List<Issue> issues, Set<Node> nodes, boolean wholeProject) {
        this.project = project;
        this.wholeProject = wholeProject;
        this.issues = issues;
        this.nodes = nodes;
    }

    public static ScopeSelection of(Project project, ExportScope scope) {
        if (scope.isWholeProject()) {
            return new ScopeSelection(project, List.copyOf(project.getIssues()),
                    new LinkedHashSet<>(project.getNodes()), true);
        }
        Issue issue = scope.issue().orElseThrow();
        Set<Node> selected = new LinkedHashSet<>(issue.getPositions());
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Node node : project.getNodes()) {
                if (!selected.contains(node) && reaches(node, selected)) {
                    selected.add(node);
                    grew = true;
                    if (node instanceof Inference inference) {
                        selected.addAll(inference.getPremises());
                    } else if (node instanceof Conflict conflict && conflict.getAttacker() != null) {
                        selected.add(conflict.getAttacker());
                    } else if (node instanceof Rephrase rephrase) {
                        selected.add(rephrase.getOriginal());
                        selected.add(rephrase.getRephrasing());
                    }
                }
            }
        }
        Set<Node> ordered = new LinkedHashSet<>();
        project.getNodes().stream().filter(selected::contains).forEach(ordered::add);
        return new ScopeSelection(project, List.of(issue), ordered, false);
    }

    private static boolean reaches(Node node, Set<Node> selected) {
        if (node instanceof Inference inference) {
            return selected.contains(inference.getConclusion());
        }
        if (node instanceof Conflict conflict) {
            return selected.contains(conflict.getTarget());
        }
        if (node instanceof Preference preference) {
            return selected.contains(preference.getPreferred()) && selected.contains(preference.getDispreferred());
        }
        if (node instanceof Rephrase rephrase) {
            return selected.contains(rephrase.getOriginal()) || selected.contains(rephrase.getRephrasing());
        }
        return false;
    }

    public Project project() {
        return project;
    }

    public List<Issue> issues() {
        return issues;
    }

    public Set<Node> nodes() {
        return nodes;
    }

    public boolean contains(Node node) {
        return nodes.contains(node);
    }

    public <T extends Node> List<T> nodesOf(Class<T> type) {
        return nodes.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Schemes used by selected inferences, or all schemes for the whole project. */
    public List<Scheme> schemes() {
        Set<Scheme> used = new LinkedHashSet<>();
        nodesOf(Inference.class).forEach(inference -> {
            if (inference.getScheme() != null) {
                used.add(inference.getScheme());
            }
        });
        if (wholeProject) {
            used.addAll(project.getSchemes());
        }
        List<Scheme> ordered = new ArrayList<>();
        project.getSchemes().stream().filter(used::contains).forEach(ordered::add);
        used.stream().filter(s -> !ordered.contains(s)).forEach(ordered::add);
        return ordered;
    }

    /** Claims of the selection, in project order. */
    public List<Claim> claims() {
        return nodesOf(Claim.class);
    }
}
