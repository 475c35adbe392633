package org.dialectica.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dialectica.core.anchor.AnchorChanges;
import org.dialectica.core.anchor.AnchorReport;
import org.dialectica.core.anchor.AnchorService;
import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.importer.ImportException.Reason;
import org.dialectica.importer.ImportReport.FileResult;
import org.dialectica.importer.internal.BackgroundStore;
import org.dialectica.importer.internal.SourceUpdate;
import org.dialectica.model.AnchorState;
import org.dialectica.model.DialecticaPackage;
import org.dialectica.model.Source;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * What one call of {@link ImportService#importPaths} knows and collects, and how it ends: the project's sources by
 * content hash and by the path they came from (both including this batch's), the sources it will add, and the
 * updates of existing sources it will apply, by the index of their file's result in {@code results}.
 * <p>
 * {@link #finish} waits for the texts and originals to be stored and made durable, and only then changes the model:
 * the model must never name a text that is not on disk.
 */
final class ImportBatch {

    final OpenProject project;
    final DialecticaFactoryWithIds factory;
    final Map<String, Source> bySha = new HashMap<>();
    final Map<String, Source> byOrigin = new HashMap<>();
    final List<Source> added = new ArrayList<>();
    final Map<Integer, SourceUpdate> updates = new LinkedHashMap<>();
    final List<FileResult> results;
    final BackgroundStore store = new BackgroundStore();

    ImportBatch(OpenProject project, ImportOptions options, List<FileResult> results) {
        this.project = project;
        this.factory = new DialecticaFactoryWithIds(options.author());
        this.results = results;
        for (Source source : project.model().getSources()) {
            if (source.getSha256() != null) {
                bySha.putIfAbsent(source.getSha256(), source);
            }
            String origin = source.getMetadata().get(ImportService.ORIGIN_METADATA_KEY);
            if (origin != null) {
                byOrigin.putIfAbsent(origin, source);
            }
        }
    }

    /** Settles the stores, then adds the new sources (one command) and applies the updates (one command each). */
    void finish(AnchorService anchors) {
        settleStores();
        syncStored();
        addSources();
        applyUpdates(anchors);
    }

    /** The result for a file that failed with {@code failure}. */
    static FileResult failure(Path file, String name, Throwable failure) {
        if (failure instanceof ImportException e) {
            return FileResult.failed(file, e);
        }
        if (failure instanceof ProjectException || failure instanceof IOException
                || failure instanceof InterruptedException) {
            return FileResult.failed(file,
                    new ImportException(Reason.IO, name, "cannot store: " + failure.getMessage(), failure));
        }
        // A bug here must not end the batch (importers' own failures are handled by Extractions).
        return FileResult.failed(file, new ImportException(Reason.CORRUPT, name, "the import failed: " + failure,
                failure));
    }

    /**
     * Waits for the batch's texts and originals to be stored. A file whose store failed is failed, with its new
     * source or update dropped, and so are files of this batch with the same content (reported unchanged).
     */
    private void settleStores() {
        Map<Integer, Throwable> failures;
        try (BackgroundStore closing = store) {
            failures = closing.awaitAll();
        }
        Map<String, FileResult> dropped = new HashMap<>();
        failures.forEach((index, cause) -> {
            FileResult result = results.get(index);
            FileResult failed = failure(result.file(), ImportChecks.displayName(result.file()), cause);
            results.set(index, failed);
            updates.remove(index);
            if (result.sourceId() != null) {
                added.removeIf(source -> source.getId().equals(result.sourceId()));
                dropped.put(result.sourceId(), failed);
            }
        });
        for (int i = 0; i < results.size(); i++) {
            FileResult result = results.get(i);
            FileResult cause = result.status() == ImportReport.Status.UNCHANGED ? dropped.get(result.sourceId()) : null;
            if (cause != null && !failures.containsKey(i)) {
                results.set(i, new FileResult(result.file(), ImportReport.Status.FAILED, null, cause.reason(),
                        ImportChecks.displayName(result.file()) + ": same content as " + cause.message(), null));
            }
        }
    }

    /**
     * Makes the stored texts and originals durable before the model refers to them (one folder sync for
     * the batch rather than one per file). If that fails, nothing of the batch is added.
     */
    private void syncStored() {
        if (results.isEmpty()) {
            return;
        }
        try {
            project.texts().sync(); // also for restored texts of sources already there
        } catch (ProjectException | RuntimeException e) {
            for (int i = 0; i < results.size(); i++) {
                FileResult result = results.get(i);
                if (result.status() == ImportReport.Status.IMPORTED || updates.containsKey(i)) {
                    results.set(i, FileResult.failed(result.file(), new ImportException(Reason.IO,
                            ImportChecks.displayName(result.file()), "cannot store: " + e.getMessage(), e)));
                }
            }
            added.clear();
            updates.clear();
        }
    }

    private void addSources() {
        if (added.isEmpty()) {
            return;
        }
        EditingDomain domain = project.editingDomain();
        Command add = new AddCommand(domain, project.model(), DialecticaPackage.Literals.PROJECT__SOURCES, added);
        if (!add.canExecute()) {
            throw new IllegalStateException("cannot add " + added.size() + " imported sources to the project");
        }
        domain.getCommandStack().execute(add);
    }

    /** Applies the updates of existing sources, each as its own command, and puts their results in place. */
    private void applyUpdates(AnchorService anchors) {
        EditingDomain domain = project.editingDomain();
        updates.forEach((index, update) -> {
            Path file = results.get(index).file();
            AnchorChanges changes = update.plan(domain, project.model(), anchors);
            if (!changes.command().isEmpty()) {
                domain.getCommandStack().execute(changes.command().unwrap());
            }
            AnchorReport report = changes.report();
            results.set(index, FileResult.updated(file, update.source().getId(),
                    ImportChecks.displayName(file) + ": changed since it was imported; " + report.outcomes().size()
                            + " anchors: " + report.count(AnchorState.ANCHORED) + " in place, "
                            + report.count(AnchorState.MOVED) + " moved, "
                            + report.count(AnchorState.ORPHANED) + " orphaned",
                    report));
        });
    }
}
