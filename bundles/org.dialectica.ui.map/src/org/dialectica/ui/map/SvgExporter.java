package org.dialectica.ui.map;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dialectica.ui.map.MapGraph.MapEdge;
import org.dialectica.ui.map.MapGraph.MapNode;

/** Writes a laid-out map as a standalone SVG document, escaping every label. */
public final class SvgExporter {

    private static final double CHAR_WIDTH = 6.6;
    private static final double LINE_HEIGHT = 15;

    private SvgExporter() {
    }

    public static void write(MapGraph graph, Writer out) throws IOException {
        out.write(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
                        + "font-family=\"sans-serif\" font-size=\"12\">\n",
                graph.width(), graph.height(), graph.width(), graph.height()));
        out.write("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
                + "markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" "
                + "fill=\"context-stroke\"/></marker></defs>\n");
        out.write("<rect width=\"100%\" height=\"100%\" fill=\"#fbfaf7\"/>\n");
        for (MapEdge edge : graph.edges()) {
            if (edge.route().size() < 2) {
                continue;
            }
            StringBuilder points = new StringBuilder();
            for (double[] p : edge.route()) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
            }
            int[] dashes = MapStyle.dashes(edge.relation());
            out.write(String.format(Locale.ROOT,
                    "<polyline class=\"%s\" points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s%s/>\n",
                    edge.relation().name().toLowerCase(Locale.ROOT), points.toString().trim(),
                    MapStyle.hex(MapStyle.line(edge.relation())),
                    dashes == null ? "" : " stroke-dasharray=\"" + dashes[0] + " " + dashes[1] + "\"",
                    MapStyle.arrow(edge.relation()) ? " marker-end=\"url(#arrow)\"" : ""));
        }
        for (MapNode node : graph.nodes()) {
            double arc = node.kind() == MapGraph.NodeKind.INFERENCE ? node.height() / 2 : 5;
            out.write(String.format(Locale.ROOT,
                    "<g class=\"%s\" id=\"n-%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\" "
                            + "fill=\"%s\" stroke=\"%s\"/>",
                    node.kind().name().toLowerCase(Locale.ROOT), escape(node.id()), node.x(), node.y(), node.width(),
                    node.height(), arc, MapStyle.hex(MapStyle.fill(node.kind())),
                    MapStyle.hex(MapStyle.border(node.kind()))));
            double y = node.y() + MapGraphBuilder.PADDING + 11;
            for (String line : wrap(node.label(), node.width() - 2 * MapGraphBuilder.PADDING)) {
                out.write(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>",
                        node.x() + MapGraphBuilder.PADDING, y, escape(line)));
                y += LINE_HEIGHT;
            }
            out.write("</g>\n");
        }
        out.write("</svg>\n");
    }

    private static List<String> wrap(String text, double width) {
        int perLine = Math.max(8, (int) (width / CHAR_WIDTH));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line = new StringBuilder();
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
