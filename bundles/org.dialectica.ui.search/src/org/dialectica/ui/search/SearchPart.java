package org.dialectica.ui.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.index.IndexService;
import org.dialectica.index.QuerySyntaxException;
import org.dialectica.index.SearchHit;
import org.dialectica.index.SearchRequest;
import org.dialectica.index.SearchResult;
import org.dialectica.index.session.IndexSession;
import org.dialectica.model.Claim;
import org.dialectica.model.Element;
import org.dialectica.model.Source;
import org.dialectica.ui.session.ActiveProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Searches the open project's index as the user types: passages of the sources and the argument's
 * elements, grouped by source with the matches in bold, with facet counts that refine the query, one-click
 * structure filters, similar passages for the selected claim, and anchoring that claim in a found passage.
 * Searches run in jobs; only their results reach the UI thread.
 */
public class SearchPart {

    public static final String ID = "org.dialectica.ui.search.part";
    static final int DEBOUNCE_MS = 250;
    static final int LIMIT = 200;

    /** The one-click structure filters: {@code is:} name, then label and tooltip. */
    static final Map<String, String[]> STRUCTURE_BUTTONS = new LinkedHashMap<>();
    static {
        STRUCTURE_BUTTONS.put("unanswered", new String[] { "Unanswered", "Objections nobody has answered" });
        STRUCTURE_BUTTONS.put("unsupported", new String[] { "Unsupported", "Claims no inference concludes" });
        STRUCTURE_BUTTONS.put("open-cq", new String[] { "Open CQs", "Arguments with open critical questions" });
        STRUCTURE_BUTTONS.put("orphan", new String[] { "Orphans", "Quotes lost after their source changed" });
    }

    @Inject
    private MApplication application;
    @Inject
    private UISynchronize sync;
    @Inject
    private EModelService models;
    @Inject
    private EPartService parts;
    @Inject
    @Optional
    @Service
    private IndexService indexService;

    private Text query;
    private Label error;
    private Label status;
    private FacetBar facets;
    private TreeViewer results;
    private Button similar;
    private Button anchorHere;
    private final Map<String, Button> structureButtons = new LinkedHashMap<>();

    private IndexSession session;
    private OpenProject project;
    private Element selectedElement;
    private final AtomicInteger generation = new AtomicInteger();
    private final Runnable debouncedSearch = this::search;
    private final Runnable indexChanged = () -> sync.asyncExec(this::rerun);
    private SearchResult lastResult;
    private boolean showingSimilar;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 4;
        layout.verticalSpacing = 3;
        parent.setLayout(layout);

        query = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        query.setMessage("Search sources and arguments");
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query.addModifyListener(e -> {
            showingSimilar = false;
            query.getDisplay().timerExec(-1, debouncedSearch);
            query.getDisplay().timerExec(DEBOUNCE_MS, debouncedSearch);
        });
        Button help = new Button(parent, SWT.PUSH);
        help.setText("?");
        help.setToolTipText("Query syntax");
        help.addListener(SWT.Selection, e -> new SyntaxHelp(parent.getShell(), help, filters()).open());

        error = new Label(parent, SWT.WRAP);
        error.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        error.setLayoutData(hidden(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1)));

        Composite structure = new Composite(parent, SWT.NONE);
        RowLayout row = new RowLayout();
        row.marginLeft = 0;
        row.marginTop = 0;
        row.marginBottom = 0;
        row.spacing = 2;
        structure.setLayout(row);
        structure.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        STRUCTURE_BUTTONS.forEach((name, text) -> {
            Button button = new Button(structure, SWT.PUSH);
            button.setText(text[0]);
            button.setToolTipText(text[1] + " (is:" + name + ")");
            button.addListener(SWT.Selection, e -> refine(QueryRefinements.withStructure(query.getText(), name)));
            structureButtons.put(name, button);
        });

        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        facets = new FacetBar(parent, (dimension, value) -> refine(QueryRefinements.withFilter(query.getText(),
                dimension, value)), this::titleOfSource);
        facets.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

        results = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.FULL_SELECTION);
        results.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        results.setContentProvider(new HitContentProvider());
        results.setLabelProvider(new DelegatingStyledCellLabelProvider(new HitLabelProvider()));
        results.setAutoExpandLevel(2);
        results.addOpenListener(e -> openSelected());
        results.addSelectionChangedListener(e -> updateActions());

        Composite actions = new Composite(parent, SWT.NONE);
        actions.setLayout(new RowLayout());
        actions.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        similar = new Button(actions, SWT.PUSH);
        similar.setText("Similar passages");
        similar.setToolTipText("Passages worded like the selected claim");
        similar.addListener(SWT.Selection, e -> showSimilarPassages());
        anchorHere = new Button(actions, SWT.PUSH);
        anchorHere.setText("Anchor claim here");
        anchorHere.setToolTipText("Anchor the selected claim also in the selected passage (merges, keeps both quotes)");
        anchorHere.addListener(SWT.Selection, e -> anchorSelectedClaim());
        updateActions();
        showStatus("Type to search; ? shows the syntax.");
    }

    @Inject
    public void setProject(@Optional OpenProject project) {
        this.project = project;
    }

    @Inject
    public void setSession(@Optional IndexSession session) {
        if (this.session != null) {
            this.session.removeUpdateListener(indexChanged);
        }
        this.session = session;
        if (session != null) {
            session.addUpdateListener(indexChanged);
            if (query != null && !query.isDisposed()) {
                sync.asyncExec(this::rerun);
            }
        }
    }

    @Inject
    public void setSelectedElement(@Optional @Named(ActiveProject.SELECTED_ELEMENT) Element element) {
        this.selectedElement = element;
        updateActions();
    }

    /** Replaces the query (as the one-click filters do) and searches at once. */
    public void setQuery(String text) {
        query.setText(text);
        query.getDisplay().timerExec(-1, debouncedSearch);
        search();
    }

    private void refine(String refined) {
        setQuery(refined);
        query.setFocus();
        query.setSelection(refined.length());
    }

    private void rerun() {
        if (query == null || query.isDisposed()) {
            return;
        }
        if (showingSimilar) {
            return; // similar passages stay until the user searches again
        }
        search();
    }

    private void search() {
        if (query.isDisposed()) {
            return;
        }
        IndexSession current = session;
        String text = query.getText();
        int ticket = generation.incrementAndGet();
        if (current == null) {
            showStatus("The project is being opened…");
            return;
        }
        if (text.isBlank()) {
            show(ticket, null, null);
            return;
        }
        Job job = Job.create("Searching " + text, monitor -> {
            try {
                SearchResult result = current.search(new SearchRequest(text, LIMIT));
                sync.asyncExec(() -> show(ticket, result, null));
            } catch (QuerySyntaxException e) {
                sync.asyncExec(() -> show(ticket, null, e.getMessage()));
            } catch (IOException | RuntimeException e) {
                sync.asyncExec(() -> show(ticket, null, "The search failed: " + e.getMessage()));
                return Status.warning("Search failed: " + text, e);
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(int ticket, SearchResult result, String problem) {
        if (ticket != generation.get() || query.isDisposed()) {
            return; // a newer search has started meanwhile
        }
        showError(problem);
        lastResult = result;
        if (result == null) {
            if (problem == null) {
                results.setInput(List.of());
                facets.show(Map.of());
                showStatus("Type to search; ? shows the syntax.");
            }
            return;
        }
        results.setInput(HitGroup.of(result.hits(), this::titleOfSource));
        facets.show(result.facets());
        showStatus(result.total() == 1 ? "1 match"
                : result.total() + " matches" + (result.total() > result.hits().size()
                        ? ", best " + result.hits().size() + " shown" : ""));
        updateActions();
    }

    private void showSimilarPassages() {
        IndexSession current = session;
        if (!(selectedElement instanceof Claim claim) || current == null) {
            return;
        }
        int ticket = generation.incrementAndGet();
        showingSimilar = true;
        String claimId = claim.getId();
        String label = claim.getText();
        Job job = Job.create("Finding similar passages", monitor -> {
            try {
                List<SearchHit> hits = current.similarPassagesToElement(claimId, 20);
                sync.asyncExec(() -> {
                    if (ticket == generation.get() && !results.getControl().isDisposed()) {
                        showError(null);
                        lastResult = new SearchResult(hits.size(), hits, Map.of());
                        results.setInput(HitGroup.of(hits, this::titleOfSource));
                        facets.show(Map.of());
                        showStatus(hits.size() + " passages worded like “" + shorten(label) + "”");
                        updateActions();
                    }
                });
                return Status.OK_STATUS;
            } catch (IOException | RuntimeException e) {
                sync.asyncExec(() -> showError("Similar passages could not be found: " + e.getMessage()));
                return Status.warning("Similar passages failed", e);
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Anchors the selected claim in the selected passage hit: one undoable command. */
    public Command anchorSelectedClaim() {
        SearchHit hit = selectedHit();
        if (!(selectedElement instanceof Claim claim) || hit == null || !hit.isPassage() || project == null) {
            return null;
        }
        Source source = HitOpener.source(project, hit.sourceId()).orElse(null);
        if (source == null) {
            return null;
        }
        try {
            String text = project.textOf(source);
            int[] span = PassageSpan.of(text, hit);
            Command command = new AnchorInPassageCommand(project.editingDomain(), claim, source, text, span[0], span[1]);
            if (!command.canExecute()) {
                showError("The claim cannot be anchored there.");
                return null;
            }
            project.editingDomain().getCommandStack().execute(command);
            return command;
        } catch (ProjectException e) {
            showError("The source's text could not be read: " + e.getMessage());
            return null;
        }
    }

    private void openSelected() {
        SearchHit hit = selectedHit();
        if (hit != null && project != null) {
            new HitOpener(application, models, parts).open(project, hit);
        }
    }

    private SearchHit selectedHit() {
        return results.getStructuredSelection().getFirstElement() instanceof SearchHit hit ? hit : null;
    }

    private void updateActions() {
        if (similar == null || similar.isDisposed()) {
            return;
        }
        similar.setEnabled(selectedElement instanceof Claim);
        SearchHit hit = selectedHit();
        anchorHere.setEnabled(selectedElement instanceof Claim && hit != null && hit.isPassage());
    }

    private String titleOfSource(String sourceId) {
        if (project == null) {
            return sourceId;
        }
        return HitOpener.source(project, sourceId).map(s -> s.getTitle() != null && !s.getTitle().isBlank()
                ? s.getTitle() : s.getFileName() != null ? s.getFileName() : sourceId).orElse(sourceId);
    }

    private List<org.dialectica.index.StructureFilter> filters() {
        return indexService == null ? List.of() : indexService.structureFilters();
    }

    private void showError(String problem) {
        if (error.isDisposed()) {
            return;
        }
        error.setText(problem == null ? "" : problem);
        GridData data = (GridData) error.getLayoutData();
        data.exclude = problem == null;
        error.setVisible(problem != null);
        error.getParent().layout(true, true);
    }

    private void showStatus(String text) {
        if (!status.isDisposed()) {
            status.setText(text);
        }
    }

    private static GridData hidden(GridData data) {
        data.exclude = true;
        return data;
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }

    // --- for tests -----------------------------------------------------------------------------

    /** The query field. */
    public Text getQueryField() {
        return query;
    }

    /** The result tree: {@link HitGroup}s with their {@link SearchHit}s. */
    public TreeViewer getResultViewer() {
        return results;
    }

    /** The result shown, or {@code null}. */
    public SearchResult getLastResult() {
        return lastResult;
    }

    /** The syntax error (or failure) shown under the query field, empty when there is none. */
    public String getErrorText() {
        return error.getText();
    }

    /** The one-click button of a structure filter ({@code unanswered}, {@code unsupported}, ...). */
    public Button getStructureButton(String name) {
        return structureButtons.get(name);
    }

    /** Clicks "Similar passages". */
    public void findSimilarPassages() {
        showSimilarPassages();
    }

    /** Opens the selected hit as double-click or Enter do. */
    public void openSelectedHit() {
        openSelected();
    }

    @PreDestroy
    public void dispose() {
        if (session != null) {
            session.removeUpdateListener(indexChanged);
        }
        generation.incrementAndGet();
    }
}
