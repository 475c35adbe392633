package org.dialectica.importer.tika;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.tika.config.TikaConfig;
import org.dialectica.importer.DocumentMetadata;
import org.dialectica.importer.ExtractedDocument;
import org.dialectica.importer.ImportChecks;
import org.dialectica.importer.ImportException;
import org.dialectica.importer.ImportLimits;
import org.dialectica.importer.Passage;
import org.dialectica.importer.PassageTextBuilder;
import org.dialectica.importer.SourceImporter;
import org.dialectica.importer.TextNormalizer;
import org.dialectica.importer.tika.fork.Extraction;
import org.dialectica.importer.tika.fork.ForkedExtractor;
import org.dialectica.importer.tika.fork.WorkerSpec;

/**
 * The {@link SourceImporter} for every format Apache Tika's embedded parser modules read: PDF, DOCX, DOC,
 * ODT, RTF, HTML, EPUB, plain text and Markdown, and also PPT(X), ODP, XML and more. By default each file
 * is parsed in a separate worker process ({@link ForkedExtractor}), so that the parse timeout really stops
 * a runaway parser and a parser's OutOfMemoryError or crash cannot harm the workbench.
 * {@link #inProcess()} parses in the calling JVM instead: faster to start, but a parser that loops or
 * exhausts memory then cannot be stopped.
 * <p>
 * Contributed to {@code org.dialectica.importer.sourceImporters} with priority 0 and the catch-all media
 * type, so dedicated importers win for their formats and Tika tries everything else.
 */
public class TikaSourceImporter implements SourceImporter {

    /** The media types Dialectica promises to read with Tika (Tika reads more; see the extension). */
    public static final Set<String> MEDIA_TYPES = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
            "application/vnd.oasis.opendocument.text", "application/rtf", "text/html", "application/xhtml+xml",
            "application/epub+zip", "text/plain", "text/markdown", "text/x-web-markdown", "*/*");
    public static final Set<String> FILE_EXTENSIONS = Set.of("pdf", "docx", "doc", "odt", "rtf", "html", "htm",
            "xhtml", "epub", "txt", "text", "md", "markdown", "pptx", "ppt", "odp", "xml");

    private final Supplier<? extends Extraction> factory;
    private Extraction extraction;

    /** Parses in a worker process (what the extension point creates). */
    public TikaSourceImporter() {
        this(() -> new ForkedExtractor(workerSpec()));
    }

    /** Parses with the given extraction, created on first use. */
    public TikaSourceImporter(Supplier<? extends Extraction> factory) {
        this.factory = factory;
    }

    /** Parses in the calling JVM: no process start, but the parse timeout is not enforced. */
    public static TikaSourceImporter inProcess() {
        return new TikaSourceImporter(TikaExtractor::new);
    }

    /** The worker that runs {@link TikaExtractor}: its classes, the importer API and the Tika library bundle. */
    public static WorkerSpec workerSpec() {
        return new WorkerSpec(TikaExtractor.class,
                List.of(PassageContentHandler.class, LanguageGuesser.class, TikaMetadataMapper.class,
                        ExtractedDocument.class, DocumentMetadata.class, Passage.class, ImportException.class,
                        ImportLimits.class, ImportChecks.class, TextNormalizer.class, PassageTextBuilder.class),
                List.of(TikaConfig.class));
    }

    @Override
    public Set<String> mediaTypes() {
        return MEDIA_TYPES;
    }

    @Override
    public Set<String> fileExtensions() {
        return FILE_EXTENSIONS;
    }

    @Override
    public ExtractedDocument extract(Path file, ImportLimits limits) throws ImportException {
        ImportChecks.checkFile(file, limits);
        return extraction().extract(file, limits);
    }

    @Override
    public void expect(Path file, ImportLimits limits) {
        extraction().expect(file, limits);
    }

    /** Stops the parse in progress, where the extraction supports it (the forked one does). */
    public void cancel() {
        Extraction e;
        synchronized (this) {
            e = extraction;
        }
        if (e instanceof ForkedExtractor forked) {
            forked.cancel();
        }
    }

    private synchronized Extraction extraction() {
        if (extraction == null) {
            extraction = factory.get();
        }
        return extraction;
    }

    @Override
    public synchronized void close() {
        if (extraction instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // closing is best effort: the worker also exits when its stdin closes with the workbench
            }
        }
        extraction = null;
    }
}
