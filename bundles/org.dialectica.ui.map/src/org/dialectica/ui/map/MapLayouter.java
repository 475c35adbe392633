package org.dialectica.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.dialectica.ui.map.MapGraph.MapEdge;
import org.dialectica.ui.map.MapGraph.MapNode;

/**
 * Lays out a {@link MapGraph} with Eclipse ELK's layered algorithm: layers from the reasons at the bottom to
 * the issues at the top, edges routed orthogonally, no overlapping boxes. Given the positions of a previous
 * layout, it keeps the existing nodes' order (ELK's interactive strategies), so adding one element does not
 * reshuffle the whole map. Pure computation: runs in a background job.
 */
public final class MapLayouter {

    static final double NODE_SPACING = 28;
    static final double LAYER_SPACING = 48;

    public MapLayouter() {
        // The layered algorithm is registered explicitly: ELK's own service lookup does not work in OSGi.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    /** Lays out {@code graph} in place. */
    public void layout(MapGraph graph) {
        layout(graph, Map.of());
    }

    /**
     * Lays out {@code graph} in place, keeping the relative order of nodes whose previous position is given.
     *
     * @param previous node id → {x, y} of the previous layout; empty for a fresh layout
     */
    public void layout(MapGraph graph, Map<String, double[]> previous) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.UP);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(24));
        boolean interactive = !previous.isEmpty();
        if (interactive) {
            root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.INTERACTIVE);
            root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
        }

        Map<MapNode, ElkNode> elkNodes = new HashMap<>();
        for (MapNode node : graph.nodes()) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setDimensions(node.width, node.height);
            double[] old = previous.get(node.id);
            if (old != null) {
                elk.setLocation(old[0], old[1]);
            } else if (interactive) {
                // A new node goes next to its neighbours' old place, so the interactive layout slots it in there.
                double[] near = nearestKnown(graph, node, previous);
                elk.setLocation(near[0], near[1] + 1);
            }
            elkNodes.put(node, elk);
        }
        Map<ElkEdge, MapEdge> elkEdges = new HashMap<>();
        for (MapEdge edge : graph.edges()) {
            ElkEdge elk = ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.source()), elkNodes.get(edge.target()));
            elkEdges.put(elk, edge);
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        for (Map.Entry<MapNode, ElkNode> entry : elkNodes.entrySet()) {
            entry.getKey().x = entry.getValue().getX();
            entry.getKey().y = entry.getValue().getY();
        }
        List<MapEdge> routed = new ArrayList<>();
        for (MapEdge edge : graph.edges()) {
            routed.add(edge);
        }
        for (Map.Entry<ElkEdge, MapEdge> entry : elkEdges.entrySet()) {
            List<double[]> route = entry.getValue().route();
            route.clear();
            for (ElkEdgeSection section : entry.getKey().getSections()) {
                route.add(new double[] { section.getStartX(), section.getStartY() });
                for (ElkBendPoint bend : section.getBendPoints()) {
                    route.add(new double[] { bend.getX(), bend.getY() });
                }
                route.add(new double[] { section.getEndX(), section.getEndY() });
            }
        }
        graph.replaceEdges(routed);
        graph.setSize(root.getWidth(), root.getHeight());
    }

    /** Where the layout last put this node's neighbours, or the origin when none was laid out before. */
    private static double[] nearestKnown(MapGraph graph, MapNode node, Map<String, double[]> previous) {
        for (MapEdge edge : graph.edges()) {
            MapNode other = edge.source() == node ? edge.target() : edge.target() == node ? edge.source() : null;
            if (other != null && previous.containsKey(other.id)) {
                return previous.get(other.id);
            }
        }
        return new double[] { 0, 0 };
    }

    /** The positions of a laid-out graph, to pass to the next layout. */
    public static Map<String, double[]> positions(MapGraph graph) {
        Map<String, double[]> positions = new HashMap<>();
        for (MapNode node : graph.nodes()) {
            positions.put(node.id, new double[] { node.x, node.y });
        }
        return positions;
    }
}
