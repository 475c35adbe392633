package org.dialectica.ui.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dialectica.model.Element;

/**
 * What the argument map shows, independent of any toolkit: boxes for issues and claims, small nodes for
 * inferences, edges for the relations between them, and (after layout) where each one goes.
 */
public final class MapGraph {

    /** What a node stands for; decides its shape and colour. */
    public enum NodeKind {
        ISSUE, CLAIM, OBJECTION, INFERENCE
    }

    /** What an edge means; decides its line style and colour. */
    public enum Relation {
        POSITION, PREMISE, CONCLUSION, REBUT, UNDERMINE, UNDERCUT, PREFERENCE, REPHRASE
    }

    /** A box on the map. Coordinates are set by the layout. */
    public static final class MapNode {
        final String id;
        final Element element;
        final NodeKind kind;
        final String label;
        double x;
        double y;
        double width;
        double height;

        MapNode(String id, Element element, NodeKind kind, String label) {
            this.id = id;
            this.element = element;
            this.kind = kind;
            this.label = label;
        }

        public String id() {
            return id;
        }

        public Element element() {
            return element;
        }

        public NodeKind kind() {
            return kind;
        }

        public String label() {
            return label;
        }

        public double x() {
            return x;
        }

        public double y() {
            return y;
        }

        public double width() {
            return width;
        }

        public double height() {
            return height;
        }

        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }

        double centerX() {
            return x + width / 2;
        }

        double centerY() {
            return y + height / 2;
        }
    }

    /** A line between two boxes, with the bend points of its orthogonal route. */
    public record MapEdge(MapNode source, MapNode target, Relation relation, List<double[]> route) {
    }

    private final Map<String, MapNode> nodes = new LinkedHashMap<>();
    private final List<MapEdge> edges = new ArrayList<>();
    private double width;
    private double height;

    MapNode addNode(String id, Element element, NodeKind kind, String label) {
        return nodes.computeIfAbsent(id, key -> new MapNode(key, element, kind, label));
    }

    void addEdge(MapNode source, MapNode target, Relation relation) {
        if (source != null && target != null && source != target) {
            edges.add(new MapEdge(source, target, relation, new ArrayList<>()));
        }
    }

    void replaceEdges(List<MapEdge> laidOut) {
        edges.clear();
        edges.addAll(laidOut);
    }

    void setSize(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public List<MapNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public List<MapEdge> edges() {
        return Collections.unmodifiableList(edges);
    }

    public MapNode node(String id) {
        return nodes.get(id);
    }

    /** The node of {@code element}, if the map shows it. */
    public MapNode nodeOf(Element element) {
        return element == null ? null : nodes.get(element.getId());
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public MapNode nodeAt(double x, double y) {
        for (MapNode node : nodes.values()) {
            if (node.contains(x, y)) {
                return node;
            }
        }
        return null;
    }

    /**
     * Whether {@code other} shows the same boxes (id, kind, label, size) and links as this graph, whatever
     * their positions: then a layout would only move what the user already knows where to find.
     */
    public boolean sameShapeAs(MapGraph other) {
        return other != null && shape().equals(other.shape());
    }

    private java.util.Set<List<Object>> shape() {
        java.util.Set<List<Object>> shape = new java.util.HashSet<>();
        for (MapNode node : nodes.values()) {
            shape.add(List.of(node.id(), node.kind(), String.valueOf(node.label()), node.width(), node.height()));
        }
        for (MapEdge edge : edges) {
            shape.add(List.of(edge.source().id(), edge.target().id(), edge.relation()));
        }
        return shape;
    }
}
