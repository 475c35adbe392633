package org.dialectica.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.dialectica.core.anchor.AnchorChanges;
import org.dialectica.core.anchor.AnchorReport;
import org.dialectica.core.anchor.AnchorService;
import org.dialectica.core.plugins.ContributionFailedException;
import org.dialectica.core.plugins.Contributions;
import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.importer.ImportException.Reason;
import org.dialectica.importer.ImportReport.FileResult;
import org.dialectica.importer.internal.BackgroundStore;
import org.dialectica.importer.internal.FileCollector;
import org.dialectica.importer.internal.SourceUpdate;
import org.dialectica.model.AnchorState;
import org.dialectica.model.DialecticaPackage;
import org.dialectica.model.Source;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Imports files and folders into a project's sources. For each file: the size is checked, the content
 * hashed (SHA-256); a file whose content is already a source is {@link ImportReport.Status#UNCHANGED};
 * otherwise the best importer from the {@link ImporterRegistry} extracts it, the text and the original are
 * stored ({@code sources/<sha256>.txt}, {@code sources/<sha256>.orig.<ext>}, atomically by
 * {@link org.dialectica.core.project.SourceTexts}), and only then is a {@link Source} created. All new
 * sources are added in one command (one undo) at the end, also when the user cancels, so that the model
 * never refers to a text that is not stored. A failing file is reported and the batch goes on.
 * <p>
 * A file imported before from the same place ({@value #ORIGIN_METADATA_KEY}) whose content has changed is
 * {@link ImportReport.Status#UPDATED UPDATED}: its source keeps its id and takes the new text, and the
 * {@link AnchorService} finds every quote on it again, marking anchors MOVED or ORPHANED; the report
 * says which. Each update is one undoable command of its own; the old text stays stored.
 * <p>
 * Runs on the caller's thread, which must be allowed to execute commands on the project's editing domain.
 */
@Component(service = ImportService.class)
public final class ImportService {

    /** Source metadata key: the start offsets of the pages, comma separated (paginated formats only). */
    public static final String PAGES_METADATA_KEY = "dialectica:pageStarts";

    /**
     * Source metadata key: the absolute path the source was imported from. A later import of the same path
     * with other content updates that source instead of adding a second one.
     */
    public static final String ORIGIN_METADATA_KEY = "dialectica:importedFrom";

    private volatile ImporterRegistry registry;
    private volatile AnchorService anchors;

    /** For DS; the registry and the anchor service are injected. */
    public ImportService() {
    }

    public ImportService(ImporterRegistry registry) {
        this(registry, new AnchorService());
    }

    public ImportService(ImporterRegistry registry, AnchorService anchors) {
        this.registry = registry;
        this.anchors = anchors;
    }

    @Reference
    void setRegistry(ImporterRegistry registry) {
        this.registry = registry;
    }

    @Reference
    void setAnchors(AnchorService anchors) {
        this.anchors = anchors;
    }

    /**
     * Imports files and the files in folders.
     *
     * @param paths   files (always taken, whatever the patterns) and folders (searched with {@code options})
     * @param monitor progress and cancel; may be {@code null}
     */
    public ImportReport importPaths(OpenProject project, List<Path> paths, ImportOptions options,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing sources", 100);
        List<FileResult> results = new ArrayList<>();
        List<Path> files = collect(paths, options, results);
        progress.worked(5);

        Batch batch = Batch.start(project, options, results);
        SubMonitor loop = progress.split(90).setWorkRemaining(files.size());
        boolean cancelled = false;
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "Dialectica import cancel watcher");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                try {
                    loop.split(1).subTask(file.getFileName().toString());
                } catch (OperationCanceledException e) {
                    cancelled = true;
                    break;
                }
                results.add(importOne(batch, file, options.limits(), progress, watcher));
                if (loop.isCanceled()) {
                    cancelled = true;
                    break;
                }
            }
        } finally {
            watcher.shutdownNow();
            batch.importers().close();
            settleStores(batch);
            syncStored(batch);
            addSources(project, batch.added());
            applyUpdates(batch);
        }
        progress.done();
        return new ImportReport(results, cancelled);
    }

    private static List<Path> collect(List<Path> paths, ImportOptions options, List<FileResult> results) {
        List<Path> files = new ArrayList<>();
        FileCollector collector = new FileCollector(options);
        for (Path path : paths) {
            try {
                if (Files.isDirectory(path)) {
                    files.addAll(collector.collect(path));
                } else {
                    files.add(path); // named explicitly: taken whatever the patterns; checked like any file
                }
            } catch (IOException e) {
                results.add(FileResult.failed(path, new ImportException(Reason.IO, ImportChecks.displayName(path),
                        "cannot list the folder: " + e.getMessage(), e)));
            }
        }
        return files;
    }

    /**
     * What one call of {@link #importPaths} knows and collects: the project's sources by content hash and by the
     * path they came from (both including this batch's), the sources it will add, and the updates of existing
     * sources it will apply, by the index of their file's result in {@code results}.
     */
    private record Batch(OpenProject project, DialecticaFactoryWithIds factory, Map<String, Source> bySha,
            Map<String, Source> byOrigin, List<Source> added, Map<Integer, SourceUpdate> updates,
            List<FileResult> results, BackgroundStore store, Contributions.Caller importers) {

        static Batch start(OpenProject project, ImportOptions options, List<FileResult> results) {
            Map<String, Source> bySha = new HashMap<>();
            Map<String, Source> byOrigin = new HashMap<>();
            for (Source source : project.model().getSources()) {
                if (source.getSha256() != null) {
                    bySha.putIfAbsent(source.getSha256(), source);
                }
                String origin = source.getMetadata().get(ORIGIN_METADATA_KEY);
                if (origin != null) {
                    byOrigin.putIfAbsent(origin, source);
                }
            }
            return new Batch(project, new DialecticaFactoryWithIds(options.author()), bySha, byOrigin,
                    new ArrayList<>(), new LinkedHashMap<>(), results, new BackgroundStore(), new Contributions.Caller());
        }
    }

    /**
     * Imports one file. When the file updates an existing source, the update goes to the batch's updates (it is
     * applied after the batch's new sources are added) and the result returned stands in for the final one.
     */
    private FileResult importOne(Batch batch, Path file, ImportLimits limits, IProgressMonitor monitor,
            ScheduledExecutorService watcher) {
        OpenProject project = batch.project();
        String name = ImportChecks.displayName(file);
        try {
            ImportChecks.checkFile(file, limits);
            String sha = sha256(file, name);
            Source existing = batch.bySha().get(sha);
            if (existing != null && (batch.store().stores(sha) || project.texts().hasText(sha))) {
                return FileResult.unchanged(file, existing.getId(), name + ": already imported as \""
                        + existing.getTitle() + "\"");
            }
            ExtractedDocument doc = extractWithBestImporter(batch.importers(), file, name, limits, monitor, watcher);

            // Text and original first: the model must never name a text that is not on disk. They are written while
            // the next file is extracted; settleStores waits for them before anything is added to the model.
            batch.store().submit(batch.results().size(), sha, () -> {
                project.texts().storeText(sha, doc.text());
                storeOriginal(project, file, name, sha);
            });
            if (existing != null) {
                return FileResult.unchanged(file, existing.getId(), name + ": its missing text was restored");
            }
            String origin = origin(file);
            Source previous = batch.byOrigin().get(origin);
            // A source of this batch is not in the model yet: the same path twice in one batch is one source.
            if (previous != null && previous.eContainer() == project.model()) {
                batch.updates().put(batch.results().size(), update(previous, sha, doc));
                batch.bySha().put(sha, previous);
                return FileResult.updated(file, previous.getId(), name + ": to be updated", null);
            }
            Source source = newSource(batch.factory(), name, sha, doc);
            source.getMetadata().put(ORIGIN_METADATA_KEY, origin);
            batch.added().add(source);
            batch.bySha().put(sha, source);
            batch.byOrigin().put(origin, source);
            return FileResult.imported(file, source.getId());
        } catch (Exception e) {
            return failure(file, name, e);
        }
    }

    private static FileResult failure(Path file, String name, Throwable failure) {
        if (failure instanceof ImportException e) {
            return FileResult.failed(file, e);
        }
        if (failure instanceof ProjectException || failure instanceof IOException
                || failure instanceof InterruptedException) {
            return FileResult.failed(file,
                    new ImportException(Reason.IO, name, "cannot store: " + failure.getMessage(), failure));
        }
        // A bug here must not end the batch (importers' own failures are handled in extractWithBestImporter).
        return FileResult.failed(file, new ImportException(Reason.CORRUPT, name, "the import failed: " + failure,
                failure));
    }

    /**
     * Waits for the batch's texts and originals to be stored. A file whose store failed is failed, with its new
     * source or update dropped, and so are files of this batch with the same content (reported unchanged).
     */
    private static void settleStores(Batch batch) {
        Map<Integer, Throwable> failures;
        try (BackgroundStore store = batch.store()) {
            failures = store.awaitAll();
        }
        List<FileResult> results = batch.results();
        Map<String, FileResult> dropped = new HashMap<>();
        failures.forEach((index, cause) -> {
            FileResult result = results.get(index);
            FileResult failed = failure(result.file(), ImportChecks.displayName(result.file()), cause);
            results.set(index, failed);
            batch.updates().remove(index);
            if (result.sourceId() != null) {
                batch.added().removeIf(source -> source.getId().equals(result.sourceId()));
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

    /** Copies the original into the project, hashing what is copied: the file must not change after it was hashed. */
    private static void storeOriginal(OpenProject project, Path file, String name, String sha)
            throws IOException, ProjectException, ImportException {
        MessageDigest digest = sha256Digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            project.texts().storeOriginal(sha, ImportChecks.extension(name), in);
        }
        if (!sha.equals(HexFormat.of().formatHex(digest.digest()))) {
            throw new ImportException(Reason.IO, name, "the file changed while it was being imported");
        }
    }

    /** Where a file was imported from, as recorded in its source's metadata. */
    static String origin(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    private static SourceUpdate update(Source previous, String sha, ExtractedDocument doc) {
        Map<String, String> metadata = new HashMap<>();
        metadata.put(PAGES_METADATA_KEY, pageStarts(doc));
        return new SourceUpdate(previous, sha, doc.text(), doc.metadata().mediaType(), doc.metadata().language(),
                metadata);
    }

    /** Applies the updates of existing sources, each as its own command, and puts their results in place. */
    private void applyUpdates(Batch batch) {
        OpenProject project = batch.project();
        List<FileResult> results = batch.results();
        EditingDomain domain = project.editingDomain();
        batch.updates().forEach((index, update) -> {
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

    /**
     * Extracts with the best importer for the file. An importer that throws anything but {@link ImportException},
     * cannot be loaded (a plugin's missing class) or overruns the parse timeout (plus a grace period: it did not honour
     * it) is disabled in the registry, with a message naming its bundle, and the next importer for the file is tried,
     * down to Tika's catch-all. An {@link ImportException} is the importer's verdict on the file and is final.
     */
    private ExtractedDocument extractWithBestImporter(Contributions.Caller caller, Path file, String name,
            ImportLimits limits, IProgressMonitor monitor, ScheduledExecutorService watcher) throws ImportException {
        List<String> failed = new ArrayList<>();
        for (ImporterDescriptor candidate : registry.candidates(name, null)) {
            String what = "importer " + candidate.id() + " (" + candidate.contributor() + ")";
            try {
                return caller.callWithin(limits.parseTimeout().plus(grace(limits)), what, ImportException.class,
                        () -> {
                            ExtractedDocument doc = extract(candidate.importer(), file, limits, monitor, watcher);
                            if (doc == null) {
                                throw new IllegalStateException("it returned no document");
                            }
                            return doc;
                        });
            } catch (ContributionFailedException e) {
                registry.disable(candidate, e.getMessage());
                failed.add(e.getMessage());
            }
        }
        throw new ImportException(Reason.UNSUPPORTED_FORMAT, name, failed.isEmpty()
                ? "no importer reads this kind of file"
                : "no working importer reads this kind of file: " + String.join("; ", failed));
    }

    /** Time an importer gets beyond the parse timeout to notice it and stop, before it counts as stuck. */
    static Duration grace(ImportLimits limits) {
        Duration tenSeconds = Duration.ofSeconds(10);
        return limits.parseTimeout().compareTo(tenSeconds) < 0 ? limits.parseTimeout() : tenSeconds;
    }

    /** Extracts while a watcher asks the importer to stop as soon as the user cancels. */
    private static ExtractedDocument extract(SourceImporter importer, Path file, ImportLimits limits,
            IProgressMonitor monitor, ScheduledExecutorService watcher) throws ImportException {
        ScheduledFuture<?> watch = watcher.scheduleWithFixedDelay(() -> {
            if (monitor.isCanceled()) {
                importer.cancel();
            }
        }, 200, 200, TimeUnit.MILLISECONDS);
        try {
            return importer.extract(file, limits);
        } finally {
            watch.cancel(false);
        }
    }

    private static Source newSource(DialecticaFactoryWithIds factory, String fileName, String sha,
            ExtractedDocument doc) {
        DocumentMetadata meta = doc.metadata();
        Source source = factory.createSource();
        source.setTitle(meta.title() != null ? meta.title() : withoutExtension(fileName));
        source.getAuthors().addAll(meta.authors());
        source.setDate(meta.date());
        source.setFileName(fileName);
        source.setMediaType(meta.mediaType());
        source.setSha256(sha);
        source.setLanguage(meta.language());
        source.setTextLength(doc.text().length());
        source.getMetadata().putAll(meta.properties());
        String pages = pageStarts(doc);
        if (pages != null) {
            source.getMetadata().put(PAGES_METADATA_KEY, pages);
        }
        return source;
    }

    /** The page starts for {@link #PAGES_METADATA_KEY}, or {@code null} for a format without pages. */
    private static String pageStarts(ExtractedDocument doc) {
        List<Passage> pages = doc.passages(Passage.Kind.PAGE);
        return pages.isEmpty() ? null
                : pages.stream().map(p -> Integer.toString(p.start())).collect(Collectors.joining(","));
    }

    /**
     * Makes the stored texts and originals durable before the model refers to them (one folder sync for
     * the batch rather than one per file). If that fails, nothing of the batch is added.
     */
    private static void syncStored(Batch batch) {
        List<FileResult> results = batch.results();
        if (results.isEmpty()) {
            return;
        }
        try {
            batch.project().texts().sync(); // also for restored texts of sources already there
        } catch (ProjectException | RuntimeException e) {
            for (int i = 0; i < results.size(); i++) {
                FileResult result = results.get(i);
                if (result.status() == ImportReport.Status.IMPORTED || batch.updates().containsKey(i)) {
                    results.set(i, FileResult.failed(result.file(), new ImportException(Reason.IO,
                            ImportChecks.displayName(result.file()), "cannot store: " + e.getMessage(), e)));
                }
            }
            batch.added().clear();
            batch.updates().clear();
        }
    }

    private static void addSources(OpenProject project, List<Source> added) {
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

    static String sha256(Path file, String name) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = sha256Digest();
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new ImportException(Reason.IO, name, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
