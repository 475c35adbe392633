package org.dialectica.ui.map;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.dialectica.ui.map.MapGraph.MapNode;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * Shows a laid-out map on an SWT canvas (GEF is not on Maven Central). Mouse: click selects, drag on the
 * background pans, drag from one box to another proposes a link, Ctrl+wheel zooms. Keyboard: arrows move
 * the selection to the nearest box in that direction, + and - zoom, 0 fits the map to the window.
 */
public final class MapCanvas {

    private final Canvas canvas;
    private MapGraph graph;
    private MapNode selected;
    private double zoom = 1;
    private double offsetX;
    private double offsetY;
    private Point dragStart;
    private MapNode dragNode;
    /** The map arrived before the canvas had a size; place it when the canvas is first sized. */
    private boolean initialViewPending;
    private Consumer<MapNode> onSelect = node -> { };
    private BiConsumer<MapNode, MapNode> onLink = (from, to) -> { };

    public MapCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> {
            if (initialViewPending) {
                showReadable();
                canvas.redraw();
            }
        });
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ARROW_NEXT || e.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
                e.doit = false; // arrows navigate the map
            }
        });
    }

    public Canvas control() {
        return canvas;
    }

    /**
     * Shows {@code graph}; with {@code initialView} it is placed at a readable zoom (text stays legible even
     * when the whole map does not fit), starting from its issues at the top.
     */
    public void setGraph(MapGraph graph, boolean initialView) {
        this.graph = graph;
        if (selected != null) {
            selected = graph.node(selected.id());
        }
        if (initialView) {
            showReadable();
        }
        canvas.redraw();
    }

    /** Smallest zoom at which box labels can still be read. */
    static final double READABLE_ZOOM = 0.75;

    /** Fits the map if it fits at a readable zoom; otherwise shows its top, centred on the first issue. */
    public void showReadable() {
        Rectangle area = canvas.getClientArea();
        if (graph == null || graph.width() <= 0 || area.width <= 0) {
            initialViewPending = graph != null;
            return;
        }
        initialViewPending = false;
        double fitZoom = Math.min(area.width / graph.width(), area.height / graph.height());
        if (fitZoom >= READABLE_ZOOM) {
            fit();
            return;
        }
        zoom = Math.max(READABLE_ZOOM, Math.min(1, fitZoom));
        MapNode anchor = graph.nodes().stream().filter(n -> n.kind() == MapGraph.NodeKind.ISSUE).findFirst()
                .orElse(graph.nodes().isEmpty() ? null : graph.nodes().get(0));
        double centreX = anchor == null ? graph.width() / 2 : anchor.centerX();
        offsetX = Math.min(0, Math.max(area.width - graph.width() * zoom, area.width / 2.0 - centreX * zoom));
        offsetY = graph.height() * zoom <= area.height ? (area.height - graph.height() * zoom) / 2 : 0;
    }

    public MapGraph graph() {
        return graph;
    }

    public void onSelect(Consumer<MapNode> listener) {
        this.onSelect = listener;
    }

    public void onLink(BiConsumer<MapNode, MapNode> listener) {
        this.onLink = listener;
    }

    public MapNode selected() {
        return selected;
    }

    /** Selects {@code node} (from another part) and scrolls it into view without telling the listener. */
    public void reveal(MapNode node) {
        selected = node;
        if (node != null) {
            Rectangle area = canvas.getClientArea();
            double sx = node.centerX() * zoom + offsetX;
            double sy = node.centerY() * zoom + offsetY;
            if (sx < 0 || sy < 0 || sx > area.width || sy > area.height) {
                offsetX = area.width / 2.0 - node.centerX() * zoom;
                offsetY = area.height / 2.0 - node.centerY() * zoom;
            }
        }
        canvas.redraw();
    }

    public void fit() {
        Rectangle area = canvas.getClientArea();
        if (graph == null || graph.width() <= 0 || area.width <= 0) {
            zoom = 1;
            offsetX = 0;
            offsetY = 0;
            return;
        }
        zoom = Math.min(1.5, Math.min(area.width / graph.width(), area.height / graph.height()));
        offsetX = (area.width - graph.width() * zoom) / 2;
        offsetY = (area.height - graph.height() * zoom) / 2;
        canvas.redraw();
    }

    public double zoom() {
        return zoom;
    }

    void zoomBy(double factor, double aroundX, double aroundY) {
        double newZoom = Math.max(0.1, Math.min(4, zoom * factor));
        offsetX = aroundX - (aroundX - offsetX) * newZoom / zoom;
        offsetY = aroundY - (aroundY - offsetY) * newZoom / zoom;
        zoom = newZoom;
        canvas.redraw();
    }

    /** The node under a point of the canvas, in widget coordinates. */
    public MapNode nodeAtWidget(int x, int y) {
        return graph == null ? null : graph.nodeAt((x - offsetX) / zoom, (y - offsetY) / zoom);
    }

    /** Where the centre of {@code node} is on the canvas, in widget coordinates. */
    public Point widgetCenter(MapNode node) {
        return new Point((int) Math.round(node.centerX() * zoom + offsetX),
                (int) Math.round(node.centerY() * zoom + offsetY));
    }

    private void paint(Event e) {
        GC gc = e.gc;
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(canvas.getClientArea());
        if (graph == null) {
            gc.drawText("Laying out the map…", 20, 20, true);
            return;
        }
        if (graph.nodes().isEmpty()) {
            gc.drawText("Nothing to map yet: annotate claims and link them in the Reader.", 20, 20, true);
            return;
        }
        MapPainter.paint(gc, graph, zoom, offsetX, offsetY, selected);
    }

    private void mouseDown(Event e) {
        canvas.setFocus();
        dragStart = new Point(e.x, e.y);
        dragNode = nodeAtWidget(e.x, e.y);
    }

    private void mouseMove(Event e) {
        if (dragStart != null && dragNode == null && (e.stateMask & SWT.BUTTON1) != 0) {
            offsetX += e.x - dragStart.x;
            offsetY += e.y - dragStart.y;
            dragStart = new Point(e.x, e.y);
            canvas.redraw();
        }
    }

    private void mouseUp(Event e) {
        MapNode under = nodeAtWidget(e.x, e.y);
        if (dragNode != null && under != null && under != dragNode) {
            onLink.accept(dragNode, under);
        } else if (dragNode != null && under == dragNode) {
            select(dragNode);
        }
        dragStart = null;
        dragNode = null;
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            zoomBy(e.count > 0 ? 1.15 : 1 / 1.15, e.x, e.y);
        } else {
            offsetY += e.count * 12;
            canvas.redraw();
        }
    }

    private void key(Event e) {
        switch (e.keyCode) {
            case SWT.ARROW_UP -> move(0, -1);
            case SWT.ARROW_DOWN -> move(0, 1);
            case SWT.ARROW_LEFT -> move(-1, 0);
            case SWT.ARROW_RIGHT -> move(1, 0);
            default -> {
                Rectangle area = canvas.getClientArea();
                if (e.character == '+' || e.character == '=') {
                    zoomBy(1.2, area.width / 2.0, area.height / 2.0);
                } else if (e.character == '-') {
                    zoomBy(1 / 1.2, area.width / 2.0, area.height / 2.0);
                } else if (e.character == '0') {
                    fit();
                }
            }
        }
    }

    /** Keyboard navigation: the nearest node whose centre lies in direction (dx, dy) from the selection. */
    void move(int dx, int dy) {
        if (graph == null || graph.nodes().isEmpty()) {
            return;
        }
        if (selected == null) {
            select(graph.nodes().get(0));
            return;
        }
        MapNode best = null;
        double bestScore = Double.MAX_VALUE;
        for (MapNode node : graph.nodes()) {
            double vx = node.centerX() - selected.centerX();
            double vy = node.centerY() - selected.centerY();
            double along = vx * dx + vy * dy;
            if (node == selected || along <= 0) {
                continue;
            }
            double across = Math.abs(vx * dy) + Math.abs(vy * dx);
            double score = along + 2 * across;
            if (score < bestScore) {
                bestScore = score;
                best = node;
            }
        }
        if (best != null) {
            select(best);
            reveal(best);
        }
    }

    private void select(MapNode node) {
        selected = node;
        canvas.redraw();
        onSelect.accept(node);
    }
}
