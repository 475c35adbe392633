package org.dialectica.index.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.dialectica.core.plugins.ContributionProblem;
import org.dialectica.index.IndexContent;
import org.dialectica.index.IndexService;
import org.dialectica.index.OpenOutcome;
import org.dialectica.index.ProjectIndex;
import org.dialectica.index.RebuildProgress;
import org.dialectica.index.StructureFilter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The Lucene {@link IndexService}. {@code is:} filters are the registered {@link StructureFilter}
 * services, or those passed to the constructor when used without OSGi.
 */
@Component(service = IndexService.class)
public final class LuceneIndexService implements IndexService {

    /** Indexing buffer: larger means fewer, bigger segments when (re)building. */
    private static final double RAM_BUFFER_MB = 64;

    private final StructureFilters structureFilters = new StructureFilters();

    public LuceneIndexService() {
    }

    public LuceneIndexService(Collection<? extends StructureFilter> filters) {
        filters.forEach(structureFilters::add);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStructureFilter(StructureFilter filter) {
        structureFilters.add(filter);
    }

    void removeStructureFilter(StructureFilter filter) {
        structureFilters.remove(filter);
    }

    @Override
    public List<StructureFilter> structureFilters() {
        return structureFilters.all();
    }

    @Override
    public List<ContributionProblem> problems() {
        return structureFilters.problems();
    }

    @Override
    public ProjectIndex open(Path projectDir, IndexContent content, RebuildProgress progress) throws IOException {
        Path folder = projectDir.resolve(INDEX_FOLDER);
        Files.createDirectories(folder);
        FSDirectory directory = FSDirectory.open(folder);
        LanguageAnalyzers analyzers = new LanguageAnalyzers();
        IndexWriter writer = null;
        try {
            OpenOutcome outcome = IndexHealth.inspect(folder, directory);
            if (outcome != OpenOutcome.OPENED) {
                IndexHealth.wipe(folder, directory);
            }
            IndexWriterConfig config = new IndexWriterConfig(analyzers.indexing())
                    .setOpenMode(outcome == OpenOutcome.OPENED ? OpenMode.APPEND : OpenMode.CREATE)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setCommitOnClose(false); // commits go through ProjectIndex.commit(), with the schema version
            try {
                writer = new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                throw IndexHealth.locked(folder, e);
            }
            LuceneProjectIndex index = new LuceneProjectIndex(folder, directory, writer, analyzers,
                    content, structureFilters, outcome);
            if (outcome != OpenOutcome.OPENED) {
                index.populate(content, progress);
            }
            return index;
        } catch (IOException | RuntimeException | Error e) {
            closeQuietly(writer, e);
            closeQuietly(directory, e);
            analyzers.close();
            throw e;
        }
    }

    private static void closeQuietly(AutoCloseable closeable, Throwable primary) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            primary.addSuppressed(e);
        }
    }
}
