package org.dialectica.index.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.dialectica.index.ElementDoc;
import org.dialectica.index.ElementType;
import org.dialectica.index.IndexContent;
import org.dialectica.index.OpenOutcome;
import org.dialectica.index.PassageDoc;
import org.dialectica.index.ProjectIndex;
import org.dialectica.index.QuerySyntaxException;
import org.dialectica.index.RebuildProgress;
import org.dialectica.index.SearchHit;
import org.dialectica.index.SourceMetadata;
import org.dialectica.index.SearchRequest;
import org.dialectica.index.SearchResult;

/**
 * A project's index: one {@link IndexWriter} kept open, and a near-real-time {@link SearcherManager}
 * refreshed after every update so searches see it at once. Updates are serialised; searches are not.
 * Until updates are committed a marker file records that the on-disk commit lags behind, so a crash
 * is detected on the next open and the index rebuilt.
 */
final class LuceneProjectIndex implements ProjectIndex {

    private static final int PROGRESS_EVERY = 1000;

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final LanguageAnalyzers analyzers;
    private final IndexContent content;
    private final StructureFilters structureFilters;
    private final OpenOutcome outcome;
    private final HitReader hitReader;
    private final FacetCounter facetCounter = new FacetCounter();
    private final Object updateLock = new Object();
    private boolean uncommitted;

    LuceneProjectIndex(Path folder, Directory directory, IndexWriter writer, LanguageAnalyzers analyzers,
            IndexContent content, StructureFilters structureFilters, OpenOutcome outcome) throws IOException {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.analyzers = analyzers;
        this.content = content;
        this.structureFilters = structureFilters;
        this.outcome = outcome;
        this.hitReader = new HitReader(analyzers);
        this.searchers = new SearcherManager(writer, IndexSnapshot.factory());
    }

    @Override
    public OpenOutcome openOutcome() {
        return outcome;
    }

    @Override
    public void indexPassages(String sourceId, List<PassageDoc> passages) throws IOException {
        List<Document> docs = new ArrayList<>(passages.size() + 1);
        for (PassageDoc passage : passages) {
            if (!passage.sourceId().equals(sourceId)) {
                throw new IllegalArgumentException(
                        "passage of source " + passage.sourceId() + " given for source " + sourceId);
            }
            if (docs.isEmpty()) {
                docs.add(IndexSchema.source(passage));
            }
            docs.add(IndexSchema.passage(passage));
        }
        synchronized (updateLock) {
            markUncommitted();
            // Searches see the old documents or the new ones: the searcher is refreshed after both.
            writer.deleteDocuments(IndexSchema.documentsOfSource(sourceId));
            writer.addDocuments(docs);
            searchers.maybeRefreshBlocking();
        }
    }

    @Override
    public void indexSourceMetadata(String sourceId, SourceMetadata metadata) throws IOException {
        Document doc = IndexSchema.source(sourceId, metadata);
        synchronized (updateLock) {
            markUncommitted();
            writer.deleteDocuments(IndexSchema.sourceDocument(sourceId));
            writer.addDocument(doc);
            searchers.maybeRefreshBlocking();
        }
    }

    @Override
    public Optional<SourceMetadata> sourceMetadata(String sourceId) throws IOException {
        IndexSnapshot snapshot = (IndexSnapshot) searchers.acquire();
        try {
            TopDocs top = snapshot.search(IndexSchema.sourceDocument(sourceId), 1);
            return top.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(IndexSchema.sourceMetadata(snapshot.storedFields().document(top.scoreDocs[0].doc)));
        } finally {
            searchers.release(snapshot);
        }
    }

    @Override
    public void deleteSource(String sourceId) throws IOException {
        synchronized (updateLock) {
            markUncommitted();
            writer.deleteDocuments(IndexSchema.documentsOfSource(sourceId));
            searchers.maybeRefreshBlocking();
        }
    }

    @Override
    public void indexElements(List<ElementDoc> elements) throws IOException {
        List<Document> docs = new ArrayList<>(elements.size());
        for (ElementDoc element : elements) {
            docs.add(IndexSchema.element(element));
        }
        synchronized (updateLock) {
            markUncommitted();
            for (int i = 0; i < docs.size(); i++) {
                writer.updateDocument(new Term(IndexSchema.ID, elements.get(i).id()), docs.get(i));
            }
            searchers.maybeRefreshBlocking();
        }
    }

    @Override
    public void deleteElements(Collection<String> ids) throws IOException {
        synchronized (updateLock) {
            markUncommitted();
            writer.deleteDocuments(ids.stream().map(id -> new Term(IndexSchema.ID, id)).toArray(Term[]::new));
            searchers.maybeRefreshBlocking();
        }
    }

    @Override
    public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
        IndexSnapshot snapshot = (IndexSnapshot) searchers.acquire();
        try {
            SearchQueryParser.SourceLookup sources = sourceDocs -> sourceIds(snapshot, sourceDocs);
            Query query = new SearchQueryParser(analyzers, snapshot.textFields(), structureFilters.resolver(content),
                    sources).parse(request.query());
            Query narrowed = withoutSourceDocuments(narrow(query, request.facetFilters(), sources));
            var result = FacetsCollectorManager.search(snapshot, narrowed, Math.max(1, request.limit()),
                    new FacetsCollectorManager());
            FacetsCollector collector = result.facetsCollector();
            long total = 0;
            for (FacetsCollector.MatchingDocs docs : collector.getMatchingDocs()) {
                total += docs.totalHits();
            }
            TopDocs top = result.topDocs();
            var scoreDocs = java.util.Arrays.copyOf(top.scoreDocs, Math.min(request.limit(), top.scoreDocs.length));
            List<SearchHit> hits = hitReader.read(snapshot, query, scoreDocs);
            return new SearchResult(total, hits, facetCounter.count(snapshot, collector));
        } finally {
            searchers.release(snapshot);
        }
    }

    /** Keeps the hits having one of the chosen values in each dimension (as facet counts name them). */
    private static Query narrow(Query query, Map<String, Set<String>> facetFilters, SearchQueryParser.SourceLookup sources) {
        if (facetFilters.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder narrowed = new BooleanQuery.Builder().add(query, Occur.MUST);
        facetFilters.forEach((dimension, values) -> {
            BooleanQuery.Builder anyValue = new BooleanQuery.Builder();
            for (String value : values) {
                anyValue.add(facetValue(dimension, value, sources), Occur.SHOULD);
            }
            narrowed.add(anyValue.build(), Occur.FILTER);
        });
        return narrowed.build();
    }

    private static Query facetValue(String dimension, String value, SearchQueryParser.SourceLookup sources) {
        return switch (dimension) {
            case IndexSchema.TAG -> new TermQuery(new Term(IndexSchema.TAG, IndexSchema.keyword(value)));
            case IndexSchema.YEAR -> {
                try {
                    int year = Integer.parseInt(value);
                    yield SearchQueryParser.passagesOfYears(year, year, sources);
                } catch (NumberFormatException e) {
                    yield new MatchNoDocsQuery("not a year: " + value);
                }
            }
            case IndexSchema.SOURCE, IndexSchema.TYPE -> new TermQuery(new Term(dimension, value));
            default -> throw new IllegalArgumentException("no facet dimension '" + dimension + "'");
        };
    }

    /** Source documents hold what a source's passages share; they are never hits. */
    private static Query withoutSourceDocuments(Query query) {
        return new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(IndexSchema.typeIs(IndexSchema.SOURCE_DOC), Occur.MUST_NOT).build();
    }

    /** Ids of the sources whose source documents match; there is one such document per source. */
    private static Set<String> sourceIds(IndexSnapshot snapshot, Query sourceDocs) {
        Query query = new BooleanQuery.Builder().add(sourceDocs, Occur.MUST)
                .add(IndexSchema.typeIs(IndexSchema.SOURCE_DOC), Occur.FILTER).build();
        try {
            Set<String> ids = new HashSet<>();
            for (ScoreDoc hit : snapshot.search(query, Math.max(1, snapshot.count(query))).scoreDocs) {
                ids.add(KeywordValues.first(snapshot.getIndexReader(), hit.doc, IndexSchema.SOURCE));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<SearchHit> similarPassages(String text, int limit) throws IOException {
        IndexSnapshot snapshot = (IndexSnapshot) searchers.acquire();
        try {
            MoreLikeThis mlt = new MoreLikeThis(snapshot.getIndexReader());
            mlt.setAnalyzer(analyzers.indexing());
            mlt.setFieldNames(snapshot.textFields().toArray(String[]::new));
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(25);
            BooleanQuery.Builder like = new BooleanQuery.Builder();
            for (String field : snapshot.textFields()) {
                like.add(mlt.like(field, new StringReader(text)), Occur.SHOULD);
            }
            Query query = new BooleanQuery.Builder().add(like.build(), Occur.MUST)
                    .add(new TermQuery(new Term(IndexSchema.TYPE, ElementType.PASSAGE.label())), Occur.FILTER)
                    .build();
            TopDocs top = snapshot.search(query, Math.max(1, limit));
            var scoreDocs = java.util.Arrays.copyOf(top.scoreDocs, Math.min(limit, top.scoreDocs.length));
            return hitReader.read(snapshot, query, scoreDocs);
        } finally {
            searchers.release(snapshot);
        }
    }

    @Override
    public List<SearchHit> similarPassagesToElement(String elementId, int limit) throws IOException {
        String text = null;
        IndexSnapshot snapshot = (IndexSnapshot) searchers.acquire();
        try {
            TopDocs top = snapshot.search(withoutSourceDocuments(new TermQuery(new Term(IndexSchema.ID, elementId))), 1);
            if (top.scoreDocs.length > 0) {
                Document doc = snapshot.storedFields().document(top.scoreDocs[0].doc);
                for (String field : snapshot.textFields()) {
                    text = text == null ? doc.get(field) : text;
                }
            }
        } finally {
            searchers.release(snapshot);
        }
        return text == null || text.isBlank() ? List.of() : similarPassages(text, limit);
    }

    @Override
    public void rebuild(IndexContent newContent, RebuildProgress progress) throws IOException {
        synchronized (updateLock) {
            markUncommitted();
            writer.deleteAll();
            load(newContent, progress);
            commit();
            searchers.maybeRefreshBlocking();
        }
    }

    /** Fills a freshly created (empty) index from the content, durably. */
    void populate(IndexContent source, RebuildProgress progress) throws IOException {
        synchronized (updateLock) {
            markUncommitted();
            load(source, progress);
            commit();
            searchers.maybeRefreshBlocking();
        }
    }

    private void load(IndexContent source, RebuildProgress progress) throws IOException {
        long total = source.estimatedSize();
        AtomicLong done = new AtomicLong();
        Set<String> sourcesWithDocument = new HashSet<>();
        try (Stream<PassageDoc> passages = source.passages()) {
            for (Iterator<PassageDoc> it = passages.iterator(); it.hasNext();) {
                PassageDoc passage = it.next();
                if (sourcesWithDocument.add(passage.sourceId())) {
                    writer.addDocument(IndexSchema.source(passage));
                }
                writer.addDocument(IndexSchema.passage(passage));
                report(done.incrementAndGet(), total, progress);
            }
        }
        try (Stream<ElementDoc> elements = source.elements()) {
            for (Iterator<ElementDoc> it = elements.iterator(); it.hasNext();) {
                writer.addDocument(IndexSchema.element(it.next()));
                report(done.incrementAndGet(), total, progress);
            }
        }
        progress.indexed(done.get(), total);
    }

    private static void report(long done, long total, RebuildProgress progress) {
        if (done % PROGRESS_EVERY == 0) {
            progress.indexed(done, total);
        }
    }

    @Override
    public int documentCount() throws IOException {
        IndexSnapshot snapshot = (IndexSnapshot) searchers.acquire();
        try {
            return snapshot.getIndexReader().numDocs() - snapshot.count(IndexSchema.typeIs(IndexSchema.SOURCE_DOC));
        } finally {
            searchers.release(snapshot);
        }
    }

    @Override
    public void commit() throws IOException {
        synchronized (updateLock) {
            writer.setLiveCommitData(IndexSchema.commitData().entrySet());
            writer.commit();
            Files.deleteIfExists(folder.resolve(IndexHealth.PENDING_MARKER));
            uncommitted = false;
        }
    }

    /** Must run before the writer changes anything, under {@link #updateLock}. */
    private void markUncommitted() throws IOException {
        if (!uncommitted) {
            Path marker = folder.resolve(IndexHealth.PENDING_MARKER);
            if (!Files.exists(marker)) {
                Files.createFile(marker);
            }
            uncommitted = true;
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (updateLock) {
            try {
                commit();
            } finally {
                try {
                    searchers.close();
                } finally {
                    try {
                        writer.close();
                    } finally {
                        analyzers.close();
                        directory.close();
                    }
                }
            }
        }
    }
}
