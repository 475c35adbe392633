package org.dialectica.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.dialectica.index.ElementDoc;
import org.dialectica.index.ElementType;
import org.dialectica.index.IndexContent;
import org.dialectica.index.PassageDoc;
import org.dialectica.index.SourceMetadata;
import org.dialectica.index.ProjectIndex;
import org.dialectica.index.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Updates are visible to the very next search, without reopening or committing. */
class IncrementalUpdateTest {

    @TempDir
    Path project;

    private static long count(ProjectIndex index, String query) throws Exception {
        return index.search(new SearchRequest(query, 10)).total();
    }

    private static PassageDoc passage(String sourceId, int start, String text) {
        return new PassageDoc(sourceId, "Title " + sourceId, 2020, List.of(), start, start + text.length(), text, "en");
    }

    @Test
    void addedPassagesAreSearchableAtOnce() throws Exception {
        try (ProjectIndex index = Corpus.service().open(project, IndexContent.empty())) {
            assertEquals(0, index.documentCount());
            index.indexPassages("s1", List.of(passage("s1", 0, "Zebras are striped."),
                    passage("s1", 25, "Zebras graze on the savanna.")));
            assertEquals(2, count(index, "zebra"));
            assertEquals(1, count(index, "savanna"));
        }
    }

    @Test
    void reindexingASourceReplacesItsPassages() throws Exception {
        try (ProjectIndex index = Corpus.service().open(project, IndexContent.empty())) {
            index.indexPassages("s1", List.of(passage("s1", 0, "Zebras are striped.")));
            index.indexPassages("s2", List.of(passage("s2", 0, "Zebras in the zoo.")));
            index.indexPassages("s1", List.of(passage("s1", 0, "Giraffes are tall.")));
            assertEquals(1, count(index, "zebra"), "old passages of s1 are gone, s2 kept");
            assertEquals(1, count(index, "giraffe"));
            assertEquals(2, index.documentCount());
        }
    }

    @Test
    void deletingASourceRemovesOnlyItsPassages() throws Exception {
        try (ProjectIndex index = Corpus.service().open(project, IndexContent.empty())) {
            index.indexPassages("s1", List.of(passage("s1", 0, "Zebras are striped.")));
            index.indexPassages("s2", List.of(passage("s2", 0, "Zebras in the zoo.")));
            index.indexElements(List.of(new ElementDoc("c1", ElementType.CLAIM, "Zebras are horses", List.of(),
                    null, List.of("s1"), null, Set.of(), null, null)));
            index.deleteSource("s1");
            assertEquals(2, count(index, "zebra"), "passage of s2 and the claim anchored in s1 remain");
            assertEquals(0, count(index, "striped"));
        }
    }

    @Test
    void aSourcesTitleAuthorsAndYearFollowItsReindexing() throws Exception {
        try (ProjectIndex index = Corpus.service().open(project, IndexContent.empty())) {
            index.indexPassages("s1", List.of(new PassageDoc("s1", "Old title", 1990, List.of("Ann Lee"), 0, 19,
                    "Zebras are striped.", "en")));
            index.indexElements(List.of(new ElementDoc("c1", ElementType.CLAIM, "Zebras are horses", List.of(),
                    null, List.of("s1"), null, Set.of(), null, null)));
            assertEquals(2, count(index, "source:\"old title\""));
            assertEquals(1, count(index, "author:lee year:1990"));
            index.indexPassages("s1", List.of(new PassageDoc("s1", "New title", 2001, List.of("Bo Ek"), 0, 19,
                    "Zebras are striped.", "en")));
            assertEquals(0, count(index, "source:\"old title\""));
            assertEquals(2, count(index, "source:\"new title\""));
            assertEquals(0, count(index, "author:lee OR year:1990"));
            assertEquals(1, count(index, "author:ek year:2001"));
            assertEquals(2, index.documentCount());
            index.deleteSource("s1");
            assertEquals(0, count(index, "source:\"new title\" type:passage"));
            assertEquals(1, count(index, "source:s1"), "the claim keeps its source id");
            assertEquals(1, index.documentCount());
        }
    }

    @Test
    void aSourcesMetadataIsReplacedWithoutItsPassages() throws Exception {
        try (ProjectIndex index = Corpus.service().open(project, IndexContent.empty())) {
            index.indexPassages("s1", List.of(new PassageDoc("s1", "Old title", 1990, List.of("Ann Lee"), 0, 19,
                    "Zebras are striped.", "en")));
            assertEquals(java.util.Optional.of(new SourceMetadata("Old title", List.of("Ann Lee"), 1990)),
                    index.sourceMetadata("s1"));
            index.indexSourceMetadata("s1", new SourceMetadata("New title", List.of("Bo Ek"), 1990));
            assertEquals(java.util.Optional.of(new SourceMetadata("New title", List.of("Bo Ek"), 1990)),
                    index.sourceMetadata("s1"));
            assertEquals(java.util.Optional.empty(), index.sourceMetadata("unknown"));
            assertEquals(1, count(index, "source:\"new title\" author:ek year:1990 zebra"));
            assertEquals(0, count(index, "source:\"old title\" OR author:lee"));
            assertEquals(1, index.documentCount(), "one passage; the source document is not counted");
        }
    }

    @Test
    void elementsAreReplacedAndDeletedById() throws Exception {
        try (ProjectIndex index = Corpus.service().open(project, IndexContent.empty())) {
            index.indexElements(List.of(ElementDoc.of("c1", ElementType.CLAIM, "Taxes should rise"),
                    ElementDoc.of("c2", ElementType.CLAIM, "Taxes should fall")));
            assertEquals(2, count(index, "taxes"));
            index.indexElements(List.of(ElementDoc.of("c1", ElementType.CLAIM, "Spending should fall")));
            assertEquals(1, count(index, "taxes"));
            assertEquals(2, count(index, "fall"));
            index.deleteElements(List.of("c2", "unknown-id"));
            assertEquals(0, count(index, "taxes"));
            assertEquals(1, index.documentCount());
        }
    }

    @Test
    void updatesSurviveReopening() throws Exception {
        try (ProjectIndex index = Corpus.service().open(project, IndexContent.empty())) {
            index.indexPassages("s1", List.of(passage("s1", 0, "Zebras are striped.")));
        }
        try (ProjectIndex index = Corpus.service().open(project, IndexContent.empty())) {
            assertEquals(org.dialectica.index.OpenOutcome.OPENED, index.openOutcome());
            assertEquals(1, count(index, "zebra"));
        }
    }

    @Test
    void passagesOfAnotherSourceAreRefused() throws Exception {
        try (ProjectIndex index = Corpus.service().open(project, IndexContent.empty())) {
            assertThrows(IllegalArgumentException.class,
                    () -> index.indexPassages("s1", List.of(passage("s2", 0, "Wrong source."))));
            assertEquals(0, index.documentCount());
        }
    }

    @Test
    void passageOffsetsMustFitTheText() {
        assertThrows(IllegalArgumentException.class,
                () -> new PassageDoc("s1", null, null, null, 5, 7, "too long", null));
    }
}
