package org.dialectica.ui.map;

import java.util.ArrayList;
import java.util.List;

import org.dialectica.ui.map.MapGraph.MapEdge;
import org.dialectica.ui.map.MapGraph.MapNode;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Transform;

/** Paints a laid-out map on an SWT GC: the canvas and the PNG export draw the same picture. */
final class MapPainter {

    private MapPainter() {
    }

    static void paint(GC gc, MapGraph graph, double zoom, double offsetX, double offsetY, MapNode selected) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Transform transform = new Transform(gc.getDevice());
        transform.translate((float) offsetX, (float) offsetY);
        transform.scale((float) zoom, (float) zoom);
        gc.setTransform(transform);
        List<Color> colors = new ArrayList<>();
        try {
            for (MapEdge edge : graph.edges()) {
                paintEdge(gc, edge, colors);
            }
            for (MapNode node : graph.nodes()) {
                paintNode(gc, node, node == selected, colors);
            }
        } finally {
            gc.setTransform(null);
            transform.dispose();
            colors.forEach(Color::dispose);
        }
    }

    private static void paintEdge(GC gc, MapEdge edge, List<Color> colors) {
        List<double[]> route = edge.route();
        if (route.size() < 2) {
            return;
        }
        gc.setForeground(color(gc, MapStyle.line(edge.relation()), colors));
        gc.setLineWidth(2);
        int[] dashes = MapStyle.dashes(edge.relation());
        gc.setLineStyle(dashes == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM);
        if (dashes != null) {
            gc.setLineDash(dashes);
        }
        int[] points = new int[route.size() * 2];
        for (int i = 0; i < route.size(); i++) {
            points[2 * i] = (int) Math.round(route.get(i)[0]);
            points[2 * i + 1] = (int) Math.round(route.get(i)[1]);
        }
        gc.drawPolyline(points);
        gc.setLineStyle(SWT.LINE_SOLID);
        if (MapStyle.arrow(edge.relation())) {
            double[] tip = route.get(route.size() - 1);
            double[] from = route.get(route.size() - 2);
            double angle = Math.atan2(tip[1] - from[1], tip[0] - from[0]);
            int[] head = new int[6];
            head[0] = (int) Math.round(tip[0]);
            head[1] = (int) Math.round(tip[1]);
            head[2] = (int) Math.round(tip[0] - 10 * Math.cos(angle - 0.4));
            head[3] = (int) Math.round(tip[1] - 10 * Math.sin(angle - 0.4));
            head[4] = (int) Math.round(tip[0] - 10 * Math.cos(angle + 0.4));
            head[5] = (int) Math.round(tip[1] - 10 * Math.sin(angle + 0.4));
            gc.setBackground(gc.getForeground());
            gc.fillPolygon(head);
        }
    }

    private static void paintNode(GC gc, MapNode node, boolean selected, List<Color> colors) {
        int x = (int) Math.round(node.x);
        int y = (int) Math.round(node.y);
        int w = (int) Math.round(node.width);
        int h = (int) Math.round(node.height);
        int arc = node.kind() == MapGraph.NodeKind.INFERENCE ? h : 10;
        gc.setBackground(color(gc, MapStyle.fill(node.kind()), colors));
        gc.fillRoundRectangle(x, y, w, h, arc, arc);
        gc.setForeground(color(gc, selected ? new int[] { 0x1f, 0x4e, 0xd8 } : MapStyle.border(node.kind()), colors));
        gc.setLineWidth(selected ? 3 : 1);
        gc.drawRoundRectangle(x, y, w, h, arc, arc);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        double padding = node.kind() == MapGraph.NodeKind.INFERENCE ? MapGraphBuilder.PADDING / 2
                : MapGraphBuilder.PADDING;
        int lineHeight = gc.getFontMetrics().getHeight();
        int ty = (int) Math.round(y + padding);
        for (String line : wrap(gc, node.label(), w - 2 * MapGraphBuilder.PADDING)) {
            gc.drawText(line, (int) Math.round(x + MapGraphBuilder.PADDING), ty, true);
            ty += lineHeight;
        }
    }

    /** Greedy word wrap to {@code width} pixels, as {@link SwtTextMeasurer} measures it. */
    static List<String> wrap(GC gc, String text, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && gc.textExtent(candidate).x > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static Color color(GC gc, int[] rgb, List<Color> colors) {
        Color color = new Color(gc.getDevice(), rgb[0], rgb[1], rgb[2]);
        colors.add(color);
        return color;
    }
}
