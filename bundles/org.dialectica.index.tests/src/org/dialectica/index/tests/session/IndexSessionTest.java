package org.dialectica.index.tests.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.impl.DefaultProjectService;
import org.dialectica.index.OpenOutcome;
import org.dialectica.index.SearchHit;
import org.dialectica.index.SearchRequest;
import org.dialectica.index.SearchResult;
import org.dialectica.index.internal.LuceneIndexService;
import org.dialectica.index.model.UnsupportedFilter;
import org.dialectica.index.session.IndexSession;
import org.dialectica.index.session.ModelAccess;
import org.dialectica.model.Claim;
import org.dialectica.model.DialecticaPackage;
import org.dialectica.model.Source;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@link IndexSession} on a real project on disk: every command, undo and redo reaches the real
 * Lucene index, and an index reopened after edits it missed is brought in line with the model.
 */
class IndexSessionTest {

    static final String TEXT = """
            Glaciers in the Alps have lost half their volume since 1900.

            Meltwater feeds the rivers in summer, but the supply will shrink once the glaciers are gone.
            """;
    static final String OTHER_TEXT = """
            Terraced vineyards hold the steep slopes of the valley together.
            """;

    @TempDir
    Path dir;

    private final DefaultProjectService projects = new DefaultProjectService();
    private final LuceneIndexService indexes = new LuceneIndexService(List.of(new UnsupportedFilter()));
    private OpenProject project;
    private IndexSession session;

    @BeforeEach
    void createProject() throws Exception {
        project = projects.create(dir.resolve("p"), "Test", new NullProgressMonitor());
        execute(addSource("Alpine glaciers", TEXT));
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
        project.close();
    }

    @Test
    void opensAnIndexOfTheProjectAsItIs() throws Exception {
        startSession();
        assertEquals(OpenOutcome.CREATED, session.openOutcome());
        SearchResult result = session.search(new SearchRequest("meltwater"));
        assertEquals(1, result.total());
        SearchHit hit = result.hits().get(0);
        assertEquals("Meltwater", TEXT.substring(hit.start(), hit.end()));
    }

    @Test
    void aNewClaimIsFoundAfterItsCommandAndGoneAfterUndoAndBackAfterRedo() throws Exception {
        startSession();
        Source source = project.model().getSources().get(0);
        int start = TEXT.indexOf("the supply will shrink");
        execute(DialecticaCommands.annotateClaim(project.editingDomain(), source, TEXT, start,
                start + "the supply will shrink".length(), "Summer water supply will shrink"));
        Claim claim = (Claim) project.model().getNodes().get(0);

        assertEquals(Set.of(claim.getId()), ids("shrink type:claim"));
        assertEquals(Set.of(claim.getId()), ids("is:unsupported"), "is: filters see the live model");

        stack().undo();
        session.awaitUpdates(30, TimeUnit.SECONDS);
        assertEquals(Set.of(), ids("shrink type:claim"));

        stack().redo();
        session.awaitUpdates(30, TimeUnit.SECONDS);
        assertEquals(Set.of(claim.getId()), ids("shrink type:claim"));
    }

    @Test
    void editsReindexTheElementAndTheArgumentsQuotingIt() throws Exception {
        startSession();
        Source source = project.model().getSources().get(0);
        execute(DialecticaCommands.annotateClaim(project.editingDomain(), source, TEXT, 0, 8, "Glaciers retreat"));
        execute(DialecticaCommands.annotateClaim(project.editingDomain(), source, TEXT, 62, 72, "Rivers run low"));
        Claim premise = (Claim) project.model().getNodes().get(0);
        Claim conclusion = (Claim) project.model().getNodes().get(1);
        execute(DialecticaCommands.createInference(project.editingDomain(), List.of(premise), conclusion, null));
        String inferenceId = project.model().getNodes().get(2).getId();

        execute(DialecticaCommands.rename(project.editingDomain(), premise, "Ice fields vanish"));
        assertEquals(Set.of(premise.getId(), inferenceId), ids("vanish"), "the inference quotes its premise");
        assertEquals(Set.of(), ids("retreat"));

        execute(DialecticaCommands.tag(project.editingDomain(), "hydrology", List.of(conclusion)));
        assertEquals(Set.of(conclusion.getId()), ids("tag:hydrology"));

        execute(DialecticaCommands.delete(project.editingDomain(), conclusion));
        assertEquals(Set.of(), ids("tag:hydrology"));
    }

    @Test
    void anAddedSourceIsSearchableAndAnUndoneImportIsNot() throws Exception {
        startSession();
        execute(addSource("Vineyards", OTHER_TEXT));
        assertEquals(1, session.search(new SearchRequest("vineyards type:passage")).total());

        stack().undo();
        session.awaitUpdates(30, TimeUnit.SECONDS);
        assertEquals(0, session.search(new SearchRequest("vineyards type:passage")).total());
        assertEquals(1, session.search(new SearchRequest("meltwater")).total(), "the other source stays");
    }

    @Test
    void anIndexThatMissedEditsIsReconciledWhenReopened() throws Exception {
        startSession();
        Source source = project.model().getSources().get(0);
        execute(DialecticaCommands.annotateClaim(project.editingDomain(), source, TEXT, 0, 8, "Glaciers retreat"));
        String kept = project.model().getNodes().get(0).getId();
        execute(DialecticaCommands.annotateClaim(project.editingDomain(), source, TEXT, 62, 72, "Rivers run low"));
        session.close();

        // Edits the index never heard of: one claim undone, one added, a source added.
        stack().undo();
        execute(DialecticaCommands.annotateClaim(project.editingDomain(), source, TEXT, 9, 11, "Alpine ice"));
        String added = project.model().getNodes().get(1).getId();
        execute(addSource("Vineyards", OTHER_TEXT));

        startSession();
        assertEquals(OpenOutcome.OPENED, session.openOutcome());
        assertEquals(Set.of(kept, added), ids("type:claim"));
        assertEquals(1, session.search(new SearchRequest("vineyards type:passage")).total());
    }

    @Test
    void renamingASourceUpdatesItsSourceDocumentWithoutReadingItsText() throws Exception {
        startSession();
        Source source = project.model().getSources().get(0);
        long passages = session.search(new SearchRequest("type:passage")).total();
        assertTrue(passages > 0);
        // Without its stored text, re-indexing the passages could not work: a rename must not need it.
        java.nio.file.Files.delete(project.directory().resolve("sources").resolve(source.getSha256() + ".txt"));

        execute(SetCommand.create(project.editingDomain(), source, DialecticaPackage.Literals.SOURCE__TITLE,
                "Swiss meltwater"));
        execute(AddCommand.create(project.editingDomain(), source, DialecticaPackage.Literals.SOURCE__AUTHORS,
                "Ada Keller"));

        assertEquals(passages, session.search(new SearchRequest("source:\"swiss meltwater\" type:passage")).total());
        assertEquals(0, session.search(new SearchRequest("source:\"alpine glaciers\"")).total());
        assertEquals(passages, session.search(new SearchRequest("author:keller")).total());
        assertEquals(passages, session.search(new SearchRequest("glaciers type:passage")).total(), "the passages stay");

        stack().undo();
        stack().undo();
        session.awaitUpdates(30, TimeUnit.SECONDS);
        assertEquals(passages, session.search(new SearchRequest("source:\"alpine glaciers\" type:passage")).total());
        assertEquals(0, session.search(new SearchRequest("author:keller OR source:swiss")).total());
    }

    @Test
    void aTitleOrDateEditedWhileTheIndexWasClosedIsReconciled() throws Exception {
        execute(addSource("Vineyards", OTHER_TEXT));
        startSession();
        Source glaciers = project.model().getSources().get(0);
        Source vineyards = project.model().getSources().get(1);
        session.close();

        execute(SetCommand.create(project.editingDomain(), glaciers, DialecticaPackage.Literals.SOURCE__TITLE,
                "Swiss meltwater"));
        execute(SetCommand.create(project.editingDomain(), vineyards, DialecticaPackage.Literals.SOURCE__DATE,
                "2019-06-01"));

        startSession();
        assertEquals(OpenOutcome.OPENED, session.openOutcome());
        assertEquals(Set.of(glaciers.getId()), session.search(new SearchRequest("source:\"swiss meltwater\"", 10))
                .hits().stream().map(SearchHit::sourceId).collect(Collectors.toSet()));
        assertEquals(0, session.search(new SearchRequest("source:\"alpine glaciers\"")).total());
        SearchResult of2019 = session.search(new SearchRequest("year:2019"));
        assertEquals(Set.of(vineyards.getId()), of2019.hits().stream().map(SearchHit::sourceId)
                .collect(Collectors.toSet()));
        assertEquals(java.util.Map.of("2019", of2019.total()), of2019.facets().get("year"),
                "the passages hold the new year too");
    }

    @Test
    void searchesInOneSourceByItsId() throws Exception {
        execute(addSource("Vineyards", OTHER_TEXT + "\nThe glaciers feed no vineyard.\n"));
        startSession();
        String vineyards = project.model().getSources().get(1).getId();
        SearchResult result = session.search(new SearchRequest("source:" + vineyards + " type:passage glaciers"));
        assertEquals(1, result.total());
        assertEquals(vineyards, result.hits().get(0).sourceId());
    }

    private void startSession() throws InterruptedException {
        session = new IndexSession(project, indexes, ModelAccess.CALLING_THREAD);
        session.start();
        session.awaitUpdates(60, TimeUnit.SECONDS);
        assertTrue(session.isReady(), "the index opened");
    }

    private Set<String> ids(String query) throws Exception {
        return session.search(new SearchRequest(query, 100)).hits().stream().map(SearchHit::id)
                .collect(Collectors.toSet());
    }

    private void execute(Command command) throws InterruptedException {
        assertTrue(command.canExecute(), "command can run: " + command.getLabel());
        stack().execute(command);
        if (session != null) {
            session.awaitUpdates(30, TimeUnit.SECONDS);
        }
    }

    private CommandStack stack() {
        return project.editingDomain().getCommandStack();
    }

    private Command addSource(String title, String text) throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        project.texts().storeText(sha, text);
        Source source = new DialecticaFactoryWithIds("tester").createSource();
        source.setTitle(title);
        source.setSha256(sha);
        source.setTextLength(text.length());
        return new AddCommand(project.editingDomain(), project.model(), DialecticaPackage.Literals.PROJECT__SOURCES, source);
    }
}
