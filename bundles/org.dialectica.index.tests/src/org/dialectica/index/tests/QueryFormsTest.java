package org.dialectica.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.dialectica.index.ProjectIndex;
import org.dialectica.index.SearchHit;
import org.dialectica.index.SearchRequest;
import org.dialectica.index.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every query form and filter of docs/search.md, against a real index on disk. */
class QueryFormsTest {

    @TempDir
    static Path project;
    static ProjectIndex index;

    @BeforeAll
    static void open() throws Exception {
        index = Corpus.open(project);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static SearchResult search(String query) throws Exception {
        return index.search(new SearchRequest(query, 100));
    }

    /** Ids of the hits: element ids, or the source id for passages. */
    private static Set<String> found(String query) throws Exception {
        return search(query).hits().stream().map(h -> h.isPassage() ? "passage:" + h.sourceId() : h.id())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void wordIsFoundInPassagesAndElements() throws Exception {
        assertEquals(Set.of("passage:smoking", "c1", "i1", "m1"), found("cancer"));
    }

    @Test
    void wordsAreStemmedPerLanguage() throws Exception {
        assertTrue(found("argued").contains("passage:smoking"), "English stemming: argued ~ argue");
        assertTrue(found("Haus").contains("passage:berlin"), "German stemming: Haus ~ Häuser");
        assertFalse(found("Haus").contains("passage:smoking"));
    }

    @Test
    void emptyQueryMatchesEverything() throws Exception {
        assertEquals(new Corpus().documentCount(), search("").total());
    }

    @Test
    void phraseNeedsWordsInOrder() throws Exception {
        assertEquals(Set.of("passage:smoking", "c2", "x1"), found("\"tobacco lobby\""));
        assertEquals(Set.of(), found("\"lobby tobacco\""));
        assertTrue(found("\"funded lobby\"~3").contains("c2"), "slop lets words in between");
        assertFalse(found("\"funded lobby\"").contains("c2"));
    }

    @Test
    void prefixAndWildcard() throws Exception {
        assertTrue(found("oncolog*").contains("passage:smoking"));
        assertTrue(found("carb?n").contains("passage:climate"));
    }

    @Test
    void fuzzyToleratesTypos() throws Exception {
        assertEquals(Set.of(), found("cancr"));
        assertTrue(found("cancr~").contains("c1"));
        assertTrue(found("cancr~1").contains("c1"));
    }

    @Test
    void booleanOperators() throws Exception {
        assertEquals(Set.of("passage:smoking", "c2", "x1"), found("tobacco AND lobby"));
        assertEquals(Set.of("passage:smoking", "c2", "x1"), found("tobacco lobby"), "implicit AND");
        assertEquals(Set.of("passage:smoking", "passage:climate", "c2", "x1", "q1"), found("tobacco OR mitigation"));
        assertEquals(Set.of("c1", "i1", "m1"), found("cancer NOT oncologist"));
        assertEquals(Set.of("c1", "i1", "m1"), found("cancer -oncologist"));
        assertEquals(Set.of("c1", "i1", "m1"), found("cancer !oncologist"));
        assertEquals(Set.of("passage:smoking", "q1"), found("(costs OR oncologist) -carbon"));
        assertEquals(Set.of("q1"), found("-(smoking OR carbon OR funded OR cancer OR Stadt OR expert)"));
    }

    @Test
    void typeFilter() throws Exception {
        assertEquals(Set.of("c1"), found("cancer type:claim"));
        assertEquals(Set.of("passage:smoking"), found("cancer type:passage"));
        assertEquals(Set.of("c1", "c2"), found("type:CLAIM"));
        assertEquals(Set.of("c1", "m1"), found("cancer (type:claim OR type:memo)"));
    }

    @Test
    void tagSchemeKindStateFilters() throws Exception {
        assertEquals(Set.of("c1", "c2"), found("tag:medicine"), "tags match case-insensitively");
        assertEquals(Set.of("c2"), found("tag:medicine -tag:MEDICINE tag:funding OR tag:funding"));
        assertEquals(Set.of("i1"), found("scheme:expert-opinion"));
        assertEquals(Set.of("x1"), found("kind:undercut"));
        assertEquals(Set.of("c2"), found("state:orphaned"));
    }

    @Test
    void sourceFilterByIdOrTitle() throws Exception {
        assertEquals(Set.of("passage:climate", "q1"), found("source:climate"));
        assertEquals(Set.of("passage:smoking"), found("source:\"smoking and expertise\" type:passage"));
        assertEquals(Set.of("passage:berlin"), found("source:Chronik"));
        assertEquals(Set.of("c1", "c2"), found("source:\"smoking and expertise\" type:claim"),
                "elements are found by the title of the source they are anchored in");
        assertEquals(Set.of(), found("source:\"expertise and smoking\""), "title words in order");
    }

    @Test
    void sourceDocumentsAreNeverHits() throws Exception {
        // Each source's title, authors and year are indexed once, in a document of its own.
        assertEquals(new Corpus().documentCount(), search("").total());
        assertEquals(new Corpus().documentCount(), search("-nothingmatchesthis").total());
        assertEquals(Set.of(), found("Rossi -type:passage -type:claim -type:inference -type:conflict -type:issue -type:memo"));
        long passages = new Corpus().passages.values().stream().mapToLong(List::size).sum();
        assertEquals(Map.of("passage", passages, "claim", 2L, "inference", 1L, "conflict", 1L, "issue", 1L, "memo", 1L),
                search("").facets().get("type"));
    }

    @Test
    void authorFilter() throws Exception {
        assertEquals(Set.of("passage:berlin"), found("author:schmidt"));
        assertEquals(Set.of("passage:smoking"), found("author:\"Rita Rossi\""));
        assertEquals(Set.of("q1", "x1"), found("author:bob"), "elements: who created them");
    }

    @Test
    void yearFilter() throws Exception {
        assertEquals(Set.of("passage:smoking"), found("year:1998"));
        assertEquals(Set.of("passage:smoking", "passage:climate"), found("year:1990..2020"));
        assertEquals(Set.of("passage:climate"), found("year:>1998"));
        assertEquals(Set.of("passage:smoking", "passage:climate"), found("year:>=1998"));
        assertEquals(Set.of("passage:berlin"), found("year:<1998"));
        assertEquals(Set.of("passage:berlin", "passage:smoking"), found("year:<=1998"));
    }

    @Test
    void structureFilterFromRegisteredFilter() throws Exception {
        assertEquals(Set.of("c2", "x1"), found("is:flagged"));
        assertEquals(Set.of("c2"), found("is:flagged type:claim"));
        assertEquals(Set.of("passage:smoking", "c1", "i1", "m1"), found("cancer -is:flagged"));
    }

    @Test
    void stopWordsRestrictNothingInTheirLanguage() throws Exception {
        assertEquals(found("cancer"), found("the cancer"), "'the' is an English stop word");
        assertEquals(found("Krieg"), found("der Krieg"), "'der' is a German stop word");
        assertEquals(Set.of("passage:berlin"), found("Krieg"));
    }

    @Test
    void facetsCountAllMatches() throws Exception {
        SearchResult result = search("cancer");
        assertEquals(4, result.total());
        assertEquals(Map.of("passage", 1L, "claim", 1L, "inference", 1L, "memo", 1L), result.facets().get("type"));
        assertEquals(Map.of("smoking", 3L), result.facets().get("source"));
        assertEquals(Map.of("Medicine", 1L), result.facets().get("tag"));
        assertEquals(Map.of("1998", 1L), result.facets().get("year"));
    }

    @Test
    void facetFiltersNarrow() throws Exception {
        SearchResult result = index.search(new SearchRequest("cancer", 10, Map.of("type", Set.of("claim", "memo"))));
        assertEquals(2, result.total());
        assertEquals(Set.of("c1", "m1"), result.hits().stream().map(SearchHit::id).collect(Collectors.toSet()));
        SearchResult byYear = index.search(new SearchRequest("", 10, Map.of("year", Set.of("2010"))));
        assertEquals(Set.of("climate"), byYear.hits().stream().map(SearchHit::sourceId).collect(Collectors.toSet()));
        SearchResult bySourceAndTag = index.search(new SearchRequest("", 10,
                Map.of("source", Set.of("smoking", "climate"), "tag", Set.of("Medicine", "economics"))));
        assertEquals(Set.of("c1", "c2", "q1"),
                bySourceAndTag.hits().stream().map(SearchHit::id).collect(Collectors.toSet()),
                "values of one dimension are alternatives; dimensions all apply; tags as the facet shows them");
    }

    @Test
    void limitCutsHitsNotTotal() throws Exception {
        SearchResult result = index.search(new SearchRequest("cancer", 2));
        assertEquals(2, result.hits().size());
        assertEquals(4, result.total());
        assertEquals(0, index.search(new SearchRequest("cancer", 0)).hits().size());
    }

    @Test
    void similarPassagesToTextAndToElement() throws Exception {
        var similar = index.similarPassages("carbon dioxide emissions and global warming", 5);
        assertFalse(similar.isEmpty());
        assertEquals("climate", similar.get(0).sourceId());
        assertTrue(similar.stream().allMatch(SearchHit::isPassage));

        var toClaim = index.similarPassagesToElement("c2", 5);
        assertEquals("smoking", toClaim.get(0).sourceId());
        assertTrue(index.similarPassagesToElement("no-such-element", 5).isEmpty());
    }
}
