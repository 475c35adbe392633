package org.dialectica.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectService;
import org.dialectica.model.Claim;
import org.dialectica.model.Project;
import org.dialectica.model.validation.ModelValidation;
import org.dialectica.team.Author;
import org.dialectica.team.MergeConflict;
import org.dialectica.team.PullResult;
import org.dialectica.team.SyncResult;
import org.dialectica.team.TeamException;
import org.dialectica.team.TeamListener;
import org.dialectica.team.TeamService;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people share one project through a bare "remote" repository, each with a clone, all real git
 * repositories on disk; they edit, commit, pull and push through {@link TeamService}.
 */
class GitSharingTest {

    private static final Author ALICE = new Author("Alice", "alice@example.org");
    private static final Author BOB = new Author("Bob", "bob@example.org");

    @TempDir
    Path temp;

    private TeamService team;
    private Path alice;
    private Path bob;
    private String first;
    private String second;

    @BeforeEach
    void shareAProject() throws Exception {
        team = Projects.team();
        Path remote = temp.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
        alice = temp.resolve("alice");
        List<String> ids = new ArrayList<>();
        try (OpenProject project = Projects.service(ProjectService.class).create(alice, "Shared", null)) {
            ids.add(Projects.addClaim(project, "First claim.").getId());
            ids.add(Projects.addClaim(project, "Second claim.").getId());
            project.save(null);
        }
        first = ids.get(0);
        second = ids.get(1);
        team.init(alice, ALICE);
        team.setRemote(alice, remote.toUri().toString());
        assertTrue(team.push(alice));
        bob = temp.resolve("bob");
        team.clone(remote.toUri().toString(), bob);
    }

    @Test
    void sharingKeepsLocalDataOutAndCommitsTheModel() throws Exception {
        assertTrue(Files.readString(alice.resolve(".gitignore")).contains(".dialectica/"));
        assertTrue(Files.isRegularFile(bob.resolve("dialectica.xmi")));
        assertFalse(Files.exists(bob.resolve(".dialectica")), "local data is not shared");
        assertTrue(team.status(alice).isClean(), team.status(alice).toString());
        assertEquals("main", team.status(bob).branch());
    }

    @Test
    void editsOfDifferentClaimsMergeCleanlyAndValidate() throws Exception {
        Projects.edit(alice, project -> {
            Projects.setText(project, first, "First claim, as Alice reads it.");
            Projects.addClaim(project, "Alice's new claim.");
        });
        Projects.edit(bob, project -> {
            Projects.setText(project, second, "Second claim, as Bob reads it.");
            Projects.addClaim(project, "Bob's new claim.");
        });
        SyncResult aliceSync = team.sync(alice, "Alice's reading", ALICE);
        assertTrue(aliceSync.commit().isPresent());
        assertTrue(aliceSync.pushed());

        SyncResult bobSync = team.sync(bob, "Bob's reading", BOB);

        assertEquals(PullResult.Outcome.MERGED, bobSync.pull().outcome(), "both changed the model: a real merge");
        assertEquals(List.of(), bobSync.pull().conflicts());
        assertEquals(List.of(), bobSync.pull().problems());
        assertTrue(bobSync.pushed());
        assertEquals(PullResult.Outcome.FAST_FORWARD, team.sync(alice, "nothing", ALICE).pull().outcome());

        byte[] aliceFile = Files.readAllBytes(alice.resolve("dialectica.xmi"));
        assertArrayEquals(Files.readAllBytes(bob.resolve("dialectica.xmi")), aliceFile, "both have the same model");
        assertFalse(new String(aliceFile, StandardCharsets.UTF_8).contains("<<<<<<<"));
        Project merged = Projects.readOnly(alice);
        assertEquals("First claim, as Alice reads it.", Projects.claim(merged, first).getText());
        assertEquals("Second claim, as Bob reads it.", Projects.claim(merged, second).getText());
        assertEquals(List.of("First claim, as Alice reads it.", "Second claim, as Bob reads it.", "Alice's new claim.",
                "Bob's new claim."), merged.getNodes().stream().map(node -> ((Claim) node).getText()).toList());
        assertEquals(Diagnostic.OK, ModelValidation.validate(merged).getSeverity());
        assertTrue(team.status(bob).isClean());
        assertEquals(0, team.status(bob).ahead());
    }

    @Test
    void theSameClaimEditedTwiceIsAConflictAndNothingIsLost() throws Exception {
        Projects.edit(alice, project -> Projects.setText(project, first, "Alice's wording."));
        assertTrue(team.sync(alice, "Alice's wording", ALICE).pushed());
        Projects.edit(bob, project -> Projects.setText(project, first, "Bob's wording."));

        SyncResult bobSync = team.sync(bob, "Bob's wording", BOB);

        assertEquals(List.of(new MergeConflict(first, "Claim", "text", "\"Bob's wording.\"", "\"Alice's wording.\"")),
                bobSync.pull().conflicts());
        assertFalse(bobSync.pushed(), "a merge with conflicts stays local for review");
        Project kept = Projects.readOnly(bob); // loads: no conflict markers
        assertEquals("Bob's wording.", Projects.claim(kept, first).getText());
        try (Git git = Git.open(bob.toFile())) {
            Repository repository = git.getRepository();
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit merge = walk.parseCommit(repository.resolve("HEAD"));
                assertEquals(2, merge.getParentCount());
                assertTrue(merge.getFullMessage().contains("Alice's wording."), merge.getFullMessage());
                Project theirs = Projects.load(blob(repository, walk.parseCommit(merge.getParent(1))));
                assertEquals("Alice's wording.", Projects.claim(theirs, first).getText(), "their side is recoverable");
            }
        }
        assertEquals(2, team.status(bob).ahead(), "his edit and the merge");
        assertTrue(team.push(bob), "after review, the merge can be shared");
    }

    @Test
    void aPullThatChangesFilesTellsTheListeners() throws Exception {
        Projects.edit(alice, project -> Projects.addClaim(project, "News."));
        team.sync(alice, "News", ALICE);
        AtomicReference<Path> updated = new AtomicReference<>();
        TeamListener listener = (project, result) -> updated.set(project);
        team.addTeamListener(listener);
        try {
            PullResult pull = team.pull(bob, BOB);
            assertEquals(PullResult.Outcome.FAST_FORWARD, pull.outcome());
            assertEquals(bob, updated.get());
            assertTrue(Projects.readOnly(bob).getNodes().stream().anyMatch(n -> "News.".equals(((Claim) n).getText())));
        } finally {
            team.removeTeamListener(listener);
        }
    }

    @Test
    void aPullWithUncommittedChangesIsRefused() throws Exception {
        Projects.edit(bob, project -> Projects.addClaim(project, "Not committed."));
        TeamException refused = assertThrows(TeamException.class, () -> team.pull(bob, BOB));
        assertTrue(refused.getMessage().contains("uncommitted"), refused.getMessage());
        assertTrue(Files.readString(bob.resolve("dialectica.xmi")).contains("Not committed."));
    }

    private static byte[] blob(Repository repository, RevCommit commit) throws Exception {
        try (TreeWalk tree = TreeWalk.forPath(repository, "dialectica.xmi", commit.getTree())) {
            return repository.open(tree.getObjectId(0)).getBytes();
        }
    }
}
