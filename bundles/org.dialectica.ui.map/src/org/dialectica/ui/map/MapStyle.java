package org.dialectica.ui.map;

import org.dialectica.ui.map.MapGraph.NodeKind;
import org.dialectica.ui.map.MapGraph.Relation;

/**
 * Colours and line styles of the map, in one place for the canvas, PNG and SVG export. Supports are green,
 * attacks red (solid rebut, dashed undermine, dotted undercut), positions blue, preferences and rephrases grey.
 */
final class MapStyle {

    private MapStyle() {
    }

    static int[] fill(NodeKind kind) {
        return switch (kind) {
            case ISSUE -> rgb(0xcf, 0xe3, 0xff);
            case CLAIM -> rgb(0xff, 0xf4, 0xc2);
            case OBJECTION -> rgb(0xff, 0xd9, 0xd9);
            case INFERENCE -> rgb(0xee, 0xee, 0xea);
        };
    }

    static int[] border(NodeKind kind) {
        return switch (kind) {
            case ISSUE -> rgb(0x4a, 0x78, 0xc2);
            case CLAIM -> rgb(0xb5, 0x9a, 0x2d);
            case OBJECTION -> rgb(0xc0, 0x50, 0x4d);
            case INFERENCE -> rgb(0x88, 0x88, 0x80);
        };
    }

    static int[] line(Relation relation) {
        return switch (relation) {
            case PREMISE, CONCLUSION -> rgb(0x3c, 0x8d, 0x40);
            case POSITION -> rgb(0x4a, 0x78, 0xc2);
            case REBUT, UNDERMINE, UNDERCUT -> rgb(0xc0, 0x39, 0x2b);
            case PREFERENCE, REPHRASE -> rgb(0x80, 0x80, 0x80);
        };
    }

    /** Dash pattern in pixels, or {@code null} for a solid line. */
    static int[] dashes(Relation relation) {
        return switch (relation) {
            case UNDERMINE, POSITION -> new int[] { 8, 4 };
            case UNDERCUT, REPHRASE -> new int[] { 2, 3 };
            default -> null;
        };
    }

    /** Whether the edge ends in an arrowhead (every relation but the premise-to-inference half). */
    static boolean arrow(Relation relation) {
        return relation != Relation.PREMISE;
    }

    static String hex(int[] rgb) {
        return String.format("#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }

    private static int[] rgb(int r, int g, int b) {
        return new int[] { r, g, b };
    }
}
