package org.dialectica.ui.map;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dialectica.core.project.OpenProject;
import org.dialectica.model.Claim;
import org.dialectica.model.Element;
import org.dialectica.model.Node;
import org.dialectica.ui.annotate.LinkChooser;
import org.dialectica.ui.map.MapGraph.MapNode;
import org.dialectica.ui.session.ActiveProject;
import org.dialectica.ui.session.ModelChangeListener;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The argument map of the open project: laid out by ELK in a background job, kept in sync with the Reader and
 * the Outline through the shared selection, with focus mode, links made by dragging, and PNG/SVG export.
 */
public class MapPart {

    public static final String ID = "org.dialectica.ui.part.map";
    private static final int FOCUS_RADIUS = 2;

    @Inject
    private MApplication application;

    @Inject
    private UISynchronize sync;

    private MapCanvas canvas;
    private Label status;
    private ToolItem focusItem;
    private OpenProject project;
    private Element selectedElement;
    private Map<String, double[]> lastPositions = Map.of();
    private Job layoutJob;
    private final MapLayouter layouter = new MapLayouter();
    private final ModelChangeListener modelChanged = new ModelChangeListener(event -> sync.asyncExec(() -> relayout(false)));

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        parent.setLayout(layout);
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(new GridLayout(2, false));
        ToolBar tools = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
        item(tools, SWT.PUSH, "Fit", "Fit the map to the window (0)", () -> canvas.fit());
        focusItem = item(tools, SWT.CHECK, "Focus", "Show only the neighbourhood of the selected element",
                () -> relayout(true));
        item(tools, SWT.PUSH, "Export PNG…", "Save the map as a PNG image", () -> exportInteractively("png"));
        item(tools, SWT.PUSH, "Export SVG…", "Save the map as an SVG drawing", () -> exportInteractively("svg"));
        status = new Label(bar, SWT.NONE);
        status.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        canvas = new MapCanvas(parent);
        canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.onSelect(node -> application.getContext().set(ActiveProject.SELECTED_ELEMENT, node.element()));
        canvas.onLink(this::link);
        setProject(project);
    }

    private ToolItem item(ToolBar bar, int style, String text, String tip, Runnable action) {
        ToolItem item = new ToolItem(bar, style);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    @Inject
    public void setProject(@Optional OpenProject project) {
        this.project = project;
        modelChanged.follow(project);
        lastPositions = Map.of();
        relayout(true);
    }

    /** Follows the selection of the other parts; in focus mode the map re-centres on it. */
    @Inject
    public void follow(@Optional @Named(ActiveProject.SELECTED_ELEMENT) Element element) {
        selectedElement = element;
        if (canvas == null || canvas.control().isDisposed()) {
            return;
        }
        if (isFocusMode()) {
            relayout(true);
        } else if (canvas.graph() != null) {
            MapNode node = canvas.graph().nodeOf(element);
            if (node != null && node != canvas.selected()) {
                canvas.reveal(node);
            }
        }
    }

    private boolean isFocusMode() {
        return focusItem != null && focusItem.getSelection() && selectedElement != null;
    }

    /** Measures labels here on the UI thread, then lays out in a job; the canvas shows the result. */
    /** The graph on the canvas, to tell whether an edit changed what the map shows. */
    private MapGraph shownShape;

    void relayout(boolean fit) {
        if (canvas == null || canvas.control().isDisposed() || project == null) {
            return;
        }
        MapGraph graph;
        try (SwtTextMeasurer measurer = new SwtTextMeasurer(canvas.control().getDisplay(),
                canvas.control().getFont())) {
            MapGraphBuilder builder = new MapGraphBuilder(measurer);
            graph = isFocusMode() ? builder.build(project.model(), selectedElement, FOCUS_RADIUS)
                    : builder.build(project.model());
        }
        if (!fit && graph.sameShapeAs(shownShape)) {
            // An edit the map does not show (a memo, a tag, an anchor moving): leave every box where it is.
            return;
        }
        Map<String, double[]> previous = isFocusMode() ? Map.of() : lastPositions;
        if (layoutJob != null) {
            layoutJob.cancel();
        }
        Job job = Job.create("Laying out the argument map", monitor -> {
            layouter.layout(graph, previous);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            sync.asyncExec(() -> show(graph, fit));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        layoutJob = job;
        job.schedule();
    }

    private void show(MapGraph graph, boolean fit) {
        if (canvas.control().isDisposed()) {
            return;
        }
        shownShape = graph;
        if (!isFocusMode()) {
            lastPositions = MapLayouter.positions(graph);
            snapshotForReports(graph);
        }
        canvas.setGraph(graph, fit || canvas.graph() == null);
        MapNode node = graph.nodeOf(selectedElement);
        if (node != null) {
            canvas.reveal(node);
        }
        long claims = graph.nodes().stream().filter(n -> n.kind() != MapGraph.NodeKind.INFERENCE).count();
        status.setText(claims + " boxes, " + graph.edges().size() + " links" + (isFocusMode() ? " (focus)" : ""));
        status.getParent().layout();
    }

    /** Dragging one box onto another: asks how they relate and links them, as the Outline does. */
    private void link(MapNode from, MapNode to) {
        if (!(from.element() instanceof Claim claim) || !(to.element() instanceof Node target)) {
            return;
        }
        LinkChooser.interactive(canvas.control().getShell(), project.editingDomain())
                .link(project.editingDomain(), claim, target);
    }

    private void exportInteractively(String format) {
        FileDialog dialog = new FileDialog(canvas.control().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + format });
        dialog.setFileName("argument-map." + format);
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try {
            if (format.equals("png")) {
                exportPng(Path.of(file));
            } else {
                exportSvg(Path.of(file));
            }
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(canvas.control().getShell(), "Export", "Could not export the map: " + e.getMessage());
        }
    }

    /** Writes the whole map, at full size, as a PNG image. Runs on the UI thread (it draws with SWT). */
    public void exportPng(Path file) throws IOException {
        MapGraph graph = canvas.graph();
        if (graph == null) {
            throw new IOException("the map is not laid out yet");
        }
        writePng(render(graph), file);
    }

    /** Draws the whole map at full size; on the UI thread. */
    private ImageData render(MapGraph graph) {
        int width = Math.max(1, (int) Math.ceil(graph.width()));
        int height = Math.max(1, (int) Math.ceil(graph.height()));
        Image image = new Image(canvas.control().getDisplay(), width, height);
        try {
            GC gc = new GC(image);
            try {
                gc.setBackground(canvas.control().getDisplay().getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(0, 0, width, height);
                gc.setFont(canvas.control().getFont());
                MapPainter.paint(gc, graph, 1, 0, 0, null);
            } finally {
                gc.dispose();
            }
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }

    /** Encodes and writes a PNG atomically; any thread (ImageLoader needs no display). */
    private static void writePng(ImageData data, Path file) throws IOException {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        loader.save(temp.toString(), SWT.IMAGE_PNG);
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Largest map, in pixels, kept as the project's map image (research reports include it). */
    private static final long MAX_SNAPSHOT_PIXELS = 16_000_000L;

    /**
     * Keeps {@code .dialectica/map.png} of the whole map current, so that reports exported from the workbench
     * or the command line can include the map. Drawn here, written in a job.
     */
    private void snapshotForReports(MapGraph graph) {
        if (project == null || graph.nodes().isEmpty() || graph.width() * graph.height() > MAX_SNAPSHOT_PIXELS) {
            return;
        }
        ImageData data = render(graph);
        Path target = project.directory().resolve(".dialectica").resolve("map.png");
        Job job = Job.create("Saving the map image", monitor -> {
            try {
                Files.createDirectories(target.getParent());
                writePng(data, target);
                return Status.OK_STATUS;
            } catch (IOException | RuntimeException e) {
                return Status.warning("Could not save the map image for reports: " + e.getMessage(), e);
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    public void exportSvg(Path file) throws IOException {
        MapGraph graph = canvas.graph();
        if (graph == null) {
            throw new IOException("the map is not laid out yet");
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            SvgExporter.write(graph, out);
        }
    }

    /** The canvas, for tests. */
    public MapCanvas canvas() {
        return canvas;
    }

    @PreDestroy
    public void dispose() {
        if (layoutJob != null) {
            layoutJob.cancel();
        }
        modelChanged.stop();
    }
}
