package org.dialectica.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.dialectica.index.ElementType;
import org.dialectica.index.ProjectIndex;
import org.dialectica.index.SearchHit;
import org.dialectica.index.SearchRequest;
import org.dialectica.index.SearchResult;
import org.dialectica.index.Span;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passage hits point at the match in the stored source text; snippets mark the same words. */
class HighlightOffsetsTest {

    @TempDir
    static Path project;
    static ProjectIndex index;
    static final Corpus CORPUS = new Corpus();

    @BeforeAll
    static void open() throws Exception {
        index = Corpus.open(project);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static List<SearchHit> passageHits(String query) throws Exception {
        return index.search(new SearchRequest(query + " type:passage", 50)).hits();
    }

    @Test
    void hitOffsetsSelectTheMatchedWordInTheStoredText() throws Exception {
        for (String word : List.of("oncologist", "lobby", "independence", "emissions", "Krieg")) {
            List<SearchHit> hits = passageHits(word);
            assertEquals(1, hits.size(), word);
            SearchHit hit = hits.get(0);
            String stored = CORPUS.texts.get(hit.sourceId());
            assertEquals(word, stored.substring(hit.start(), hit.end()), "match of " + word);
        }
    }

    @Test
    void everyMatchOfAPassageIsMappedBackToTheSource() throws Exception {
        // "argu*" matches "arguments", "argue" and "argument" in two passages of the same source.
        List<SearchHit> hits = passageHits("argu*");
        assertEquals(2, hits.size());
        int matches = 0;
        for (SearchHit hit : hits) {
            String stored = CORPUS.texts.get(hit.sourceId());
            assertFalse(hit.matches().isEmpty());
            assertEquals(new Span(hit.start(), hit.end()), hit.matches().get(0));
            for (Span span : hit.matches()) {
                assertTrue(stored.substring(span.start(), span.end()).toLowerCase(Locale.ROOT).startsWith("argu"),
                        stored.substring(span.start(), span.end()));
                matches++;
            }
        }
        assertEquals(3, matches);
    }

    @Test
    void stemmedAndPhraseMatchesPointAtTheOriginalWords() throws Exception {
        SearchHit stemmed = passageHits("Haus").get(0); // German stemming: Haus ~ Häuser
        String stored = CORPUS.texts.get(stemmed.sourceId());
        assertEquals("Häuser", stored.substring(stemmed.start(), stemmed.end()));

        SearchHit phrase = passageHits("\"tobacco lobby\"").get(0);
        String smoking = CORPUS.texts.get("smoking");
        String covered = smoking.substring(phrase.matches().get(0).start(), phrase.matches().get(phrase.matches().size() - 1).end());
        assertEquals("tobacco lobby", covered);
    }

    @Test
    void snippetMarksTheMatches() throws Exception {
        SearchHit hit = passageHits("oncologist").get(0);
        String marked = hit.snippet().marked("[", "]");
        assertTrue(marked.contains("[oncologist]"), marked);
        for (Span span : hit.snippet().highlights()) {
            assertEquals("oncologist", hit.snippet().text().substring(span.start(), span.end()));
        }
    }

    @Test
    void elementHitsHaveSnippetsButNoSourceOffsets() throws Exception {
        SearchResult result = index.search(new SearchRequest("lobby type:claim", 5));
        SearchHit claim = result.hits().get(0);
        assertEquals(ElementType.CLAIM, claim.type());
        assertEquals("c2", claim.id());
        assertEquals(-1, claim.start());
        assertEquals("The study was funded by a tobacco [lobby]", claim.snippet().marked("[", "]"));
    }

    @Test
    void hitsMatchedOnlyByFiltersStillShowText() throws Exception {
        SearchHit hit = index.search(new SearchRequest("source:berlin", 5)).hits().get(0);
        assertTrue(hit.snippet().text().startsWith("Die Häuser"), hit.snippet().text());
        assertTrue(hit.snippet().highlights().isEmpty());
    }
}
