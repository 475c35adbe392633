package org.dialectica.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.core.queries.AnchoredElement;
import org.dialectica.core.queries.ArgumentQueries;
import org.dialectica.model.Claim;
import org.dialectica.model.Element;
import org.dialectica.model.Inference;
import org.dialectica.model.Node;
import org.dialectica.ui.annotate.Annotator;
import org.dialectica.ui.annotate.TargetPickerDialog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Event;
import org.dialectica.model.Source;
import org.dialectica.ui.session.ActiveProject;
import org.dialectica.ui.session.ModelChangeListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.dialectica.ui.outline.ElementLabelProvider;

/**
 * Reads one source: its stored text with the project's annotations highlighted by kind. Hovering a highlight
 * names the element, clicking it selects the element everywhere, and selecting an element elsewhere scrolls
 * to its quote here.
 */
public class ReaderPart {

    @Inject
    private MPart part;

    @Inject
    private MApplication application;

    @Inject
    private UISynchronize sync;

    private StyledText text;
    private Font readingFont;
    private final List<Color> colors = new ArrayList<>();
    private OpenProject project;
    private Source source;
    private List<AnchoredElement> anchors = List.of();
    private boolean textShown;
    /** The content hash of the text shown, to notice a re-import. */
    private String shownSha;
    private Point pendingSelection;
    private final ModelChangeListener modelChanged = new ModelChangeListener(event -> asyncRefreshHighlights());

    @PostConstruct
    public void createControls(Composite parent) {
        // A grid, not a fill layout, so bars (find in source) can be shown above the text.
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        parent.setLayout(layout);
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setMargins(24, 16, 24, 16);
        text.setLineSpacing(4);
        text.setCaret(null);
        FontData base = parent.getDisplay().getSystemFont().getFontData()[0];
        readingFont = new Font(parent.getDisplay(), base.getName(), Math.round(base.getHeight() * 1.15f), SWT.NORMAL);
        text.setFont(readingFont);
        text.setText("Loading…");
        text.addListener(SWT.MouseUp, e -> selectAnchorAt(offsetAt(e.x, e.y)));
        text.addListener(SWT.MouseMove, e -> showTooltipAt(offsetAt(e.x, e.y)));
        text.addListener(SWT.KeyDown, this::annotateOnKey);
        setProject(project); // injection ran before the widgets existed
    }

    /** The source this reader shows, or {@code null} while it is being loaded. */
    public Source getSource() {
        return source;
    }

    /** The text widget, for keyboard annotation and tests. */
    public StyledText getTextWidget() {
        return text;
    }

    @Inject
    public void setProject(@Optional OpenProject project) {
        this.project = project;
        boolean showing = project != null && text != null && !text.isDisposed();
        modelChanged.follow(showing ? project : null);
        if (!showing) {
            return;
        }
        String sourceId = part.getPersistedState().get(ReaderOpener.SOURCE_ID_KEY);
        source = project.model().getSources().stream().filter(s -> s.getId().equals(sourceId)).findFirst()
                .orElse(null);
        if (source == null) {
            text.setText("This source is no longer in the project.");
            return;
        }
        loadText(project, source);
    }

    private void loadText(OpenProject project, Source source) {
        String sha = source.getSha256();
        Job job = Job.create("Reading " + source.getTitle(), monitor -> {
            try {
                String content = project.textOf(source);
                sync.asyncExec(() -> {
                    shownSha = sha;
                    show(content);
                });
                return Status.OK_STATUS;
            } catch (ProjectException e) {
                sync.asyncExec(() -> show("The text of this source could not be read: " + e.getMessage()));
                return Status.error(e.getMessage(), e);
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(String content) {
        if (text.isDisposed()) {
            return;
        }
        text.setText(content);
        textShown = true;
        refreshHighlights();
        if (pendingSelection != null) {
            selectRange(pendingSelection.x, pendingSelection.y);
        }
    }

    /**
     * Selects and scrolls to {@code [start, end)} of the source's stored text, now or, while the text is still
     * loading, as soon as it is shown.
     */
    public void selectRange(int start, int end) {
        if (text == null || text.isDisposed()) {
            return;
        }
        if (!textShown) {
            pendingSelection = new Point(start, end);
            return;
        }
        pendingSelection = null;
        int length = text.getCharCount();
        selectInContext(Math.min(start, length), Math.min(end, length));
    }

    /**
     * Selects {@code [start, end)} and, unless it is well in view already, scrolls it to a third of the way down, so
     * that the text before it shows too (scrolling only just far enough would leave it on the last line).
     */
    private void selectInContext(int start, int end) {
        text.setSelection(start, end);
        int height = text.getClientArea().height;
        int y = text.getLocationAtOffset(start).y;
        if (y < text.getLineHeight() || y > height * 2 / 3) {
            text.setTopPixel(Math.max(0, text.getTopPixel() + y - height / 3));
        }
    }

    /** Whether the source's text is shown (it is read in the background). */
    public boolean isTextShown() {
        return textShown;
    }

    private void asyncRefreshHighlights() {
        Display display = text == null || text.isDisposed() ? null : text.getDisplay();
        if (display != null) {
            display.asyncExec(this::refreshHighlights);
        }
    }

    /** Recolours the annotations from the model as it is now; reads the text again when the source has a new one. */
    public void refreshHighlights() {
        if (text == null || text.isDisposed() || project == null || source == null) {
            return;
        }
        if (textShown && !java.util.Objects.equals(shownSha, source.getSha256())) {
            // Re-imported (or undone): the anchors now refer to the other text.
            textShown = false;
            loadText(project, source);
            return;
        }
        ArgumentQueries queries = new ArgumentQueries(project.model());
        anchors = queries.anchorsIn(source);
        disposeColors();
        List<StyleRange> ranges = new ArrayList<>();
        for (HighlightSegments.Segment segment : HighlightSegments.of(anchors, text.getCharCount())) {
            Color color = new Color(text.getDisplay(), ElementColors.of(segment.anchored(), queries).background());
            colors.add(color);
            StyleRange range = new StyleRange(segment.start(), segment.end() - segment.start(), null, color);
            ranges.add(range);
        }
        text.setStyleRanges(ranges.toArray(new StyleRange[0]));
    }

    /** Follows the element selected in another part: scrolls to and selects its quote in this source. */
    @Inject
    public void reveal(@Optional @Named(ActiveProject.SELECTED_ELEMENT) Element element) {
        if (element == null || text == null || text.isDisposed()) {
            return;
        }
        anchors.stream().filter(a -> a.element() == element).findFirst().ifPresent(a -> {
            Point current = text.getSelection();
            if (current.x != a.start() || current.y != a.end()) {
                selectInContext(a.start(), a.end());
            }
        });
    }

    /** Keyboard-first annotation: with text selected, C claim, I issue, O objection, S supporting reason. */
    private void annotateOnKey(Event event) {
        if ((event.stateMask & SWT.MODIFIER_MASK) != 0 || text.getSelectionCount() == 0) {
            return;
        }
        Annotator.Kind.ofKey(event.character).ifPresent(kind -> {
            event.doit = false;
            annotate(kind);
        });
    }

    /**
     * Annotates the selected span; objections and reasons ask for the element they attack or support.
     *
     * @return the new claim or issue, or {@code null} when nothing was created (no selection, cancelled)
     */
    public Element annotate(Annotator.Kind kind) {
        if (project == null || source == null || text.getSelectionCount() == 0) {
            return null;
        }
        Point span = text.getSelection();
        Annotator annotator = new Annotator(project, source, text.getText());
        Command command = switch (kind) {
            case CLAIM -> annotator.claim(span.x, span.y);
            case ISSUE -> annotator.issue(span.x, span.y);
            case OBJECTION, SUPPORT -> askTargetAndBuild(annotator, kind, span);
        };
        if (command == null || !annotator.execute(command)) {
            return null;
        }
        Element created = command.getResult().stream().filter(Element.class::isInstance).map(Element.class::cast)
                .findFirst().orElse(null);
        if (created != null) {
            application.getContext().set(ActiveProject.SELECTED_ELEMENT, created);
        }
        return created;
    }

    private Command askTargetAndBuild(Annotator annotator, Annotator.Kind kind, Point span) {
        ArgumentQueries queries = new ArgumentQueries(project.model());
        boolean attack = kind == Annotator.Kind.OBJECTION;
        List<Node> candidates = project.model().getNodes().stream()
                .filter(n -> n instanceof Claim || (attack && n instanceof Inference)).toList();
        TargetPickerDialog dialog = new TargetPickerDialog(text.getShell(),
                attack ? TargetPickerDialog.Purpose.ATTACK : TargetPickerDialog.Purpose.SUPPORT, candidates,
                element -> ElementLabelProvider.textOf(adapterFactory(), element), queries);
        if (dialog.open() != Window.OK || dialog.getTarget() == null) {
            return null;
        }
        return attack ? annotator.objection(span.x, span.y, dialog.getTarget(), dialog.getKind())
                : annotator.support(span.x, span.y, (Claim) dialog.getTarget(), null);
    }

    private int offsetAt(int x, int y) {
        return text.getOffsetAtPoint(new Point(x, y));
    }

    private java.util.Optional<AnchoredElement> innermostAt(int offset) {
        return anchors.stream().filter(a -> offset >= 0 && a.covers(offset))
                .min((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start()));
    }

    private void selectAnchorAt(int offset) {
        if (text.getSelectionCount() > 0) {
            return; // the user is selecting text to annotate, not clicking a highlight
        }
        innermostAt(offset).ifPresent(a -> application.getContext().set(ActiveProject.SELECTED_ELEMENT, a.element()));
    }

    private void showTooltipAt(int offset) {
        String tip = innermostAt(offset).map(a -> ElementLabelProvider.textOf(adapterFactory(), a.element()))
                .orElse(null);
        if (!Objects.equals(tip, text.getToolTipText())) {
            text.setToolTipText(tip);
        }
    }

    private org.eclipse.emf.common.notify.AdapterFactory adapterFactory() {
        return project != null && project.editingDomain() instanceof AdapterFactoryEditingDomain d
                ? d.getAdapterFactory() : null;
    }

    private void disposeColors() {
        colors.forEach(Color::dispose);
        colors.clear();
    }

    @PreDestroy
    public void dispose() {
        modelChanged.stop();
        disposeColors();
        if (readingFont != null) {
            readingFont.dispose();
        }
    }
}
