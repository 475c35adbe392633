package org.dialectica.ui.library;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.dialectica.core.project.OpenProject;
import org.dialectica.importer.ImportService;
import org.dialectica.ui.importing.ImportHandlerSupport;
import org.dialectica.ui.importing.SourceImportJob;
import org.dialectica.core.queries.ArgumentQueries;
import org.dialectica.model.Source;
import org.dialectica.ui.parts.ColumnWidths;
import org.dialectica.ui.reader.ReaderOpener;
import org.dialectica.ui.session.ModelChangeListener;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.widgets.Composite;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The sources of the open project: title, authors, date, format and how many annotations each has. Files and
 * folders dropped on it are imported; Delete (key or context menu) removes the selected sources after a
 * confirmation, undoably.
 */
public class LibraryPart {

    public static final String ID = "org.dialectica.ui.part.library";

    @Inject
    private MApplication application;

    @Inject
    private EModelService models;

    @Inject
    private EPartService parts;

    @Inject
    @Optional
    @Service
    private ImportService importService;

    private TableViewer viewer;
    private OpenProject project;
    private final ModelChangeListener modelChanged = new ModelChangeListener(event -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    });

    @PostConstruct
    public void createControls(Composite parent) {
        Composite tableHolder = new Composite(parent, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        tableHolder.setLayout(columns);
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        viewer = new TableViewer(tableHolder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(false);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        column(columns, "Title", 5, 40, Source::getTitle);
        column(columns, "Authors", 3, 40, s -> String.join(", ", s.getAuthors()));
        column(columns, "Date", 2, 40, Source::getDate);
        // Short values and headers: these two always show both whole, and the part's width goes to the others.
        column(columns, "Format", 0, ColumnWidths.fitting(viewer.getTable(), "Format", "DOCX", "EPUB", "HTML"),
                s -> formatName(s.getMediaType()));
        column(columns, "Notes", 0, ColumnWidths.fitting(viewer.getTable(), "Notes", "999"),
                s -> project == null ? "" : Long.toString(new ArgumentQueries(project.model()).anchorCount(s)));
        viewer.addDoubleClickListener(event -> openSelected());
        viewer.getTable().addListener(SWT.DefaultSelection, e -> openSelected());
        viewer.getTable().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL && e.stateMask == 0) {
                deleteSelected();
            }
        });
        createContextMenu();
        acceptDroppedFiles();
        refresh();
    }

    private void column(TableColumnLayout layout, String title, int weight, int minimumWidth,
            Function<Source, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((Source) element);
                return value == null ? "" : value;
            }

            /** The narrow Library cuts titles short: hovering shows the source in full. */
            @Override
            public String getToolTipText(Object element) {
                Source source = (Source) element;
                StringBuilder tip = new StringBuilder(source.getTitle() == null ? "" : source.getTitle());
                if (!source.getAuthors().isEmpty()) {
                    tip.append("\n").append(String.join(", ", source.getAuthors()));
                }
                if (source.getDate() != null) {
                    tip.append("\n").append(source.getDate());
                }
                if (source.getFileName() != null) {
                    tip.append("\n").append(source.getFileName());
                }
                return tip.toString();
            }
        });
    }

    @Inject
    public void setProject(@Optional OpenProject project) {
        this.project = project;
        modelChanged.follow(project);
        refresh();
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(project == null ? new Object[0] : project.model().getSources().toArray());
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> {
            boolean selected = !viewer.getStructuredSelection().isEmpty();
            manager.add(action("&Open in Reader", selected, this::openSelected));
            manager.add(new Separator());
            manager.add(action("&Delete\tDelete", selected && project != null, this::deleteSelected));
        });
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
    }

    private static Action action(String text, boolean enabled, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setEnabled(enabled);
        return action;
    }

    /** Files and folders dragged from the desktop are imported like File &gt; Import. */
    private void acceptDroppedFiles() {
        DropTarget target = new DropTarget(viewer.getTable(), DND.DROP_COPY | DND.DROP_DEFAULT);
        target.setTransfer(FileTransfer.getInstance());
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                // Importing copies the file into the project: never offer to move it away from the desktop.
                event.detail = project != null && importService != null ? DND.DROP_COPY : DND.DROP_NONE;
            }

            @Override
            public void dragOperationChanged(DropTargetEvent event) {
                dragEnter(event);
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String[] names && names.length > 0) {
                    importFiles(Arrays.stream(names).map(Path::of).toList());
                }
            }
        });
    }

    /** Imports files and folders as a drop does; returns the job, or {@code null} when no project is open. */
    public SourceImportJob importFiles(List<Path> paths) {
        if (project == null || importService == null) {
            return null;
        }
        return ImportHandlerSupport.sourceImports(project, importService, viewer.getControl().getShell(),
                application, models, parts).start(paths);
    }

    /** Asks, then deletes the selected sources in one undoable command. */
    public void deleteSelected() {
        List<Source> sources = viewer.getStructuredSelection().stream().filter(Source.class::isInstance)
                .map(Source.class::cast).toList();
        if (sources.isEmpty() || project == null) {
            return;
        }
        MessageDialog confirm = new MessageDialog(viewer.getControl().getShell(), "Delete sources", null,
                SourceDeletion.question(sources) + "\n\n" + SourceDeletion.details(project.model(), sources),
                MessageDialog.WARNING, 1, "&Delete", "Cancel");
        if (confirm.open() == 0) {
            project.editingDomain().getCommandStack()
                    .execute(SourceDeletion.command(project.editingDomain(), sources));
        }
    }

    private void openSelected() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        for (Object element : selection) {
            ReaderOpener.open((Source) element, application, models, parts);
        }
    }

    /** The table, for tests. */
    public TableViewer getViewer() {
        return viewer;
    }

    static String formatName(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        return switch (mediaType.split(";")[0].trim()) {
            case "application/pdf" -> "PDF";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
            case "application/msword" -> "DOC";
            case "application/vnd.oasis.opendocument.text" -> "ODT";
            case "application/rtf" -> "RTF";
            case "text/html", "application/xhtml+xml" -> "HTML";
            case "application/epub+zip" -> "EPUB";
            case "text/markdown", "text/x-web-markdown" -> "Markdown";
            case "text/plain" -> "Text";
            default -> mediaType;
        };
    }

    @PreDestroy
    public void dispose() {
        modelChanged.stop();
    }
}
