package org.dialectica.ui.map;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dialectica.core.queries.ArgumentQueries;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.Element;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Node;
import org.dialectica.model.Preference;
import org.dialectica.model.Project;
import org.dialectica.model.Rephrase;
import org.dialectica.ui.map.MapGraph.MapNode;
import org.dialectica.ui.map.MapGraph.NodeKind;
import org.dialectica.ui.map.MapGraph.Relation;

/**
 * Builds the map of a project: issues and claims as boxes, inferences as small scheme-labelled nodes between
 * premises and conclusion, conflicts as edges from the attacker to what it attacks. Edges point from the
 * supporting or attacking element to the supported or attacked one, so that a bottom-up layered layout puts
 * issues at the top and the reasons for and against each position below it.
 */
public final class MapGraphBuilder {

    /** Widest a box may be before its text wraps. */
    public static final double MAX_BOX_WIDTH = 220;
    static final double PADDING = 8;
    private static final int MAX_LABEL = 180;

    private final TextMeasurer measurer;

    public MapGraphBuilder(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** The whole project. */
    public MapGraph build(Project project) {
        return build(project, null, Integer.MAX_VALUE);
    }

    /**
     * The neighbourhood of {@code focus} up to {@code radius} relations away (focus mode), or the whole project
     * when {@code focus} is {@code null}.
     */
    public MapGraph build(Project project, Element focus, int radius) {
        MapGraph full = new MapGraph();
        // One pass over the conflicts, not one per claim: maps of thousands of elements stay fast.
        Set<Claim> objections = new HashSet<>();
        new ArgumentQueries(project).conflicts().forEach(c -> objections.add(c.getAttacker()));
        for (Issue issue : project.getIssues()) {
            full.addNode(issue.getId(), issue, NodeKind.ISSUE, "? " + shorten(issue.getText()));
        }
        for (Node node : project.getNodes()) {
            if (node instanceof Claim claim) {
                full.addNode(claim.getId(), claim, objections.contains(claim) ? NodeKind.OBJECTION : NodeKind.CLAIM,
                        shorten(claim.getText()));
            } else if (node instanceof Inference inference) {
                String scheme = inference.getScheme() == null ? "argument"
                        : inference.getScheme().getLabel() != null ? inference.getScheme().getLabel()
                        : inference.getScheme().getName();
                full.addNode(inference.getId(), inference, NodeKind.INFERENCE, shorten(scheme));
            }
        }
        for (Issue issue : project.getIssues()) {
            for (Claim position : issue.getPositions()) {
                full.addEdge(full.nodeOf(position), full.nodeOf(issue), Relation.POSITION);
            }
        }
        for (Node node : project.getNodes()) {
            if (node instanceof Inference inference) {
                for (Claim premise : inference.getPremises()) {
                    full.addEdge(full.nodeOf(premise), full.nodeOf(inference), Relation.PREMISE);
                }
                full.addEdge(full.nodeOf(inference), full.nodeOf(inference.getConclusion()), Relation.CONCLUSION);
            } else if (node instanceof Conflict conflict) {
                full.addEdge(full.nodeOf(conflict.getAttacker()), full.nodeOf(conflict.getTarget()),
                        Relation.valueOf(conflict.getKind().getName()));
            } else if (node instanceof Preference preference) {
                full.addEdge(full.nodeOf(preference.getPreferred()), full.nodeOf(preference.getDispreferred()),
                        Relation.PREFERENCE);
            } else if (node instanceof Rephrase rephrase) {
                full.addEdge(full.nodeOf(rephrase.getRephrasing()), full.nodeOf(rephrase.getOriginal()),
                        Relation.REPHRASE);
            }
        }
        MapGraph graph = focus == null || full.nodeOf(focus) == null ? full : neighbourhood(full, focus, radius);
        graph.nodes().forEach(this::size);
        return graph;
    }

    private void size(MapNode node) {
        if (node.kind == NodeKind.INFERENCE) {
            double[] text = measurer.measure(node.label, 120);
            node.width = text[0] + 2 * PADDING;
            node.height = text[1] + PADDING;
            return;
        }
        double[] text = measurer.measure(node.label, MAX_BOX_WIDTH - 2 * PADDING);
        node.width = Math.max(80, text[0] + 2 * PADDING);
        node.height = text[1] + 2 * PADDING;
    }

    /** The sub-map of nodes at most {@code radius} relations from {@code focus}, in either direction. */
    private static MapGraph neighbourhood(MapGraph full, Element focus, int radius) {
        Map<MapNode, Set<MapNode>> neighbours = new HashMap<>();
        for (MapGraph.MapEdge edge : full.edges()) {
            neighbours.computeIfAbsent(edge.source(), k -> new HashSet<>()).add(edge.target());
            neighbours.computeIfAbsent(edge.target(), k -> new HashSet<>()).add(edge.source());
        }
        Map<MapNode, Integer> distance = new HashMap<>();
        Deque<MapNode> queue = new ArrayDeque<>(List.of(full.nodeOf(focus)));
        distance.put(full.nodeOf(focus), 0);
        while (!queue.isEmpty()) {
            MapNode next = queue.poll();
            int d = distance.get(next);
            if (d == radius) {
                continue;
            }
            for (MapNode neighbour : neighbours.getOrDefault(next, Set.of())) {
                if (distance.putIfAbsent(neighbour, d + 1) == null) {
                    queue.add(neighbour);
                }
            }
        }
        MapGraph sub = new MapGraph();
        for (MapNode node : full.nodes()) {
            if (distance.containsKey(node)) {
                sub.addNode(node.id, node.element, node.kind, node.label);
            }
        }
        for (MapGraph.MapEdge edge : full.edges()) {
            MapNode source = sub.node(edge.source().id);
            MapNode target = sub.node(edge.target().id);
            if (source != null && target != null) {
                sub.addEdge(source, target, edge.relation());
            }
        }
        return sub;
    }

    private static String shorten(String text) {
        if (text == null || text.isBlank()) {
            return "(no text)";
        }
        String single = text.strip().replaceAll("\\s+", " ");
        return single.length() <= MAX_LABEL ? single : single.substring(0, MAX_LABEL - 1) + "…";
    }
}
