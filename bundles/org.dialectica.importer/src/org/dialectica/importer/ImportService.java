package org.dialectica.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.core.plugins.ContributionFailedException;
import org.dialectica.core.plugins.Contributions;
import org.dialectica.importer.ImportException.Reason;
import org.dialectica.importer.ImportReport.FileResult;
import org.dialectica.importer.internal.FileCollector;
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
 * Runs on the caller's thread, which must be allowed to execute commands on the project's editing domain.
 */
@Component(service = ImportService.class)
public final class ImportService {

    /** Source metadata key: the start offsets of the pages, comma separated (paginated formats only). */
    public static final String PAGES_METADATA_KEY = "dialectica:pageStarts";

    private volatile ImporterRegistry registry;

    /** For DS; the registry is injected. */
    public ImportService() {
    }

    public ImportService(ImporterRegistry registry) {
        this.registry = registry;
    }

    @Reference
    void setRegistry(ImporterRegistry registry) {
        this.registry = registry;
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

        Map<String, Source> bySha = project.model().getSources().stream().filter(s -> s.getSha256() != null)
                .collect(Collectors.toMap(Source::getSha256, s -> s, (a, b) -> a, HashMap::new));
        DialecticaFactoryWithIds factory = new DialecticaFactoryWithIds(options.author());
        List<Source> added = new ArrayList<>();
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
                FileResult result = importOne(project, file, options.limits(), bySha, factory, added, progress,
                        watcher);
                results.add(result);
                if (loop.isCanceled()) {
                    cancelled = true;
                    break;
                }
            }
        } finally {
            watcher.shutdownNow();
            addSources(project, added);
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

    private FileResult importOne(OpenProject project, Path file, ImportLimits limits, Map<String, Source> bySha,
            DialecticaFactoryWithIds factory, List<Source> added, IProgressMonitor monitor,
            ScheduledExecutorService watcher) {
        String name = ImportChecks.displayName(file);
        try {
            ImportChecks.checkFile(file, limits);
            String sha = sha256(file, name);
            Source existing = bySha.get(sha);
            if (existing != null && project.texts().hasText(sha)) {
                return FileResult.unchanged(file, existing.getId(), name + ": already imported as \""
                        + existing.getTitle() + "\"");
            }
            ExtractedDocument doc = extractWithBestImporter(file, name, limits, monitor, watcher);

            // Text and original first: the model must never name a text that is not on disk.
            project.texts().storeText(sha, doc.text());
            try (InputStream in = Files.newInputStream(file)) {
                Path original = project.texts().storeOriginal(sha, ImportChecks.extension(name), in);
                if (!sha.equals(sha256(original, name))) {
                    throw new ImportException(Reason.IO, name, "the file changed while it was being imported");
                }
            }
            if (existing != null) {
                return FileResult.unchanged(file, existing.getId(), name + ": its missing text was restored");
            }
            Source source = newSource(factory, name, sha, doc);
            added.add(source);
            bySha.put(sha, source);
            return FileResult.imported(file, source.getId());
        } catch (ImportException e) {
            return FileResult.failed(file, e);
        } catch (ProjectException | IOException e) {
            return FileResult.failed(file, new ImportException(Reason.IO, name, "cannot store: " + e.getMessage(), e));
        } catch (RuntimeException e) {
            // A bug here must not end the batch (importers' own failures are handled in extractWithBestImporter).
            return FileResult.failed(file, new ImportException(Reason.CORRUPT, name, "the import failed: " + e, e));
        }
    }

    /**
     * Extracts with the best importer for the file. An importer that throws anything but {@link ImportException},
     * cannot be loaded (a plugin's missing class) or overruns the parse timeout (plus a grace period: it did not honour
     * it) is disabled in the registry, with a message naming its bundle, and the next importer for the file is tried,
     * down to Tika's catch-all. An {@link ImportException} is the importer's verdict on the file and is final.
     */
    private ExtractedDocument extractWithBestImporter(Path file, String name, ImportLimits limits,
            IProgressMonitor monitor, ScheduledExecutorService watcher) throws ImportException {
        List<String> failed = new ArrayList<>();
        for (ImporterDescriptor candidate : registry.candidates(name, null)) {
            String what = "importer " + candidate.id() + " (" + candidate.contributor() + ")";
            try {
                return Contributions.callWithin(limits.parseTimeout().plus(grace(limits)), what, ImportException.class,
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
        List<Passage> pages = doc.passages(Passage.Kind.PAGE);
        if (!pages.isEmpty()) {
            source.getMetadata().put(PAGES_METADATA_KEY,
                    pages.stream().map(p -> Integer.toString(p.start())).collect(Collectors.joining(",")));
        }
        return source;
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
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new ImportException(Reason.IO, name, "cannot read the file: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
