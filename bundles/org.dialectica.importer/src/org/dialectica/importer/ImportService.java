package org.dialectica.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dialectica.core.anchor.AnchorService;
import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.importer.ImportException.Reason;
import org.dialectica.importer.ImportReport.FileResult;
import org.dialectica.importer.internal.Extractions;
import org.dialectica.importer.internal.Extractions.Extraction;
import org.dialectica.importer.internal.FileCollector;
import org.dialectica.importer.internal.SourceUpdate;
import org.dialectica.model.Source;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
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
 * The work overlaps: while one file is extracted (on the importers' guard thread, {@link Extractions}), the next
 * is checked and hashed and its extraction queued, and the file before is stored on the storage thread.
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

        ImportBatch batch = new ImportBatch(project, options, results);
        SubMonitor loop = progress.split(90).setWorkRemaining(files.size());
        boolean cancelled = false;
        Prepared next = null;
        try (Extractions importers = new Extractions(registry, options.limits(), progress)) {
            // Each file is checked, hashed and its extraction queued while the one before it is extracted, so that
            // the importer goes from file to file without waiting for this thread.
            next = files.isEmpty() ? null : prepare(batch, files.get(0), options.limits(), importers, null);
            for (int i = 0; i < files.size(); i++) {
                Prepared current = next;
                next = null;
                try {
                    loop.split(1).subTask(current.name());
                } catch (OperationCanceledException e) {
                    current.drop();
                    cancelled = true;
                    break;
                }
                if (i + 1 < files.size()) {
                    next = prepare(batch, files.get(i + 1), options.limits(), importers, current);
                }
                results.add(importOne(batch, current, importers));
                if (loop.isCanceled()) {
                    cancelled = true;
                    break;
                }
            }
        } finally {
            if (next != null) {
                next.drop();
            }
            batch.finish(anchors);
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
     * A file checked and hashed, with its extraction queued unless its content is known; or the reason it cannot be
     * imported.
     */
    private record Prepared(Path file, String name, String sha, Exception failure, Extraction extraction) {

        void drop() {
            if (extraction != null) {
                extraction.cancel();
            }
        }
    }

    /**
     * Checks and hashes a file, and queues its extraction unless its content is a source already or is the content of
     * {@code before}, the file still being imported (whether it needs extracting is known once that one is done).
     */
    private static Prepared prepare(ImportBatch batch, Path file, ImportLimits limits, Extractions importers,
            Prepared before) {
        String name = ImportChecks.displayName(file);
        try {
            ImportChecks.checkFile(file, limits);
            String sha = sha256(file, name);
            boolean known = batch.bySha.containsKey(sha) || before != null && sha.equals(before.sha());
            return new Prepared(file, name, sha, null, known ? null : importers.start(file, name));
        } catch (ImportException | RuntimeException e) { // a bug in checking one file must not end the batch
            return new Prepared(file, name, null, e, null);
        }
    }

    /**
     * Imports one prepared file. When the file updates an existing source, the update goes to the batch's updates (it
     * is applied after the batch's new sources are added) and the result returned stands in for the final one.
     */
    private static FileResult importOne(ImportBatch batch, Prepared prepared, Extractions importers) {
        OpenProject project = batch.project;
        Path file = prepared.file();
        String name = prepared.name();
        try {
            if (prepared.failure() != null) {
                throw prepared.failure();
            }
            String sha = prepared.sha();
            Source existing = batch.bySha.get(sha);
            if (existing != null && (batch.store.stores(sha) || project.texts().hasText(sha))) {
                prepared.drop();
                return FileResult.unchanged(file, existing.getId(), name + ": already imported as \""
                        + existing.getTitle() + "\"");
            }
            ExtractedDocument doc = prepared.extraction() != null ? prepared.extraction().await()
                    : importers.extract(file, name);

            // Text and original first: the model must never name a text that is not on disk. They are written while
            // the next file is extracted; the batch waits for them before anything is added to the model.
            batch.store.submit(batch.results.size(), sha, () -> {
                project.texts().storeText(sha, doc.text());
                storeOriginal(project, file, name, sha);
            });
            if (existing != null) {
                return FileResult.unchanged(file, existing.getId(), name + ": its missing text was restored");
            }
            String origin = origin(file);
            Source previous = batch.byOrigin.get(origin);
            // A source of this batch is not in the model yet: the same path twice in one batch is one source.
            if (previous != null && previous.eContainer() == project.model()) {
                batch.updates.put(batch.results.size(), update(previous, sha, doc));
                batch.bySha.put(sha, previous);
                return FileResult.updated(file, previous.getId(), name + ": to be updated", null);
            }
            Source source = newSource(batch.factory, name, sha, doc);
            source.getMetadata().put(ORIGIN_METADATA_KEY, origin);
            batch.added.add(source);
            batch.bySha.put(sha, source);
            batch.byOrigin.put(origin, source);
            return FileResult.imported(file, source.getId(), typeNote(name, doc.metadata()));
        } catch (Exception e) {
            return ImportBatch.failure(file, name, e);
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

    /** A note when the importer found the content to be of another type than the file's name suggests. */
    private static String typeNote(String name, DocumentMetadata metadata) {
        String byName = metadata.properties().get(DocumentMetadata.TYPE_BY_NAME);
        return byName == null ? null
                : name + ": read as " + metadata.mediaType() + "; the name suggests " + byName
                        + ", but that is not what the file contains";
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
