package org.dialectica.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.dialectica.model.Claim;
import org.dialectica.model.Project;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dialectica sync} on real repositories: a copy of the sample, a bare remote, a second clone. */
class SyncCommandTest {

    private static final String CLAIM = "f7bef1d1-df03-39d3-abc9-2e186fd201b2"; // the sample's first claim

    @TempDir
    Path temp;

    @Test
    void theFirstSyncMakesTheProjectARepositoryAndCommitsIt() throws Exception {
        Path project = Cli.sample(temp.resolve("project"));

        Cli.Result result = Cli.run("sync", project.toString(), "--message", "Start the analysis");

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("Initialised a git repository"), result.toString());
        assertTrue(result.out().contains("Up to date"), result.toString());
        try (Git git = Git.open(project.toFile())) {
            RevCommit head = git.log().call().iterator().next();
            assertEquals("Start the analysis", head.getFullMessage());
            assertTrue(git.status().call().isClean());
        }
        assertTrue(Cli.run("sync", project.toString()).out().contains("Nothing to commit"));
    }

    @Test
    void theSameClaimChangedOnBothSidesIsPrintedAndExitsOne() throws Exception {
        Path remote = temp.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
        Path alice = Cli.sample(temp.resolve("alice"));
        assertEquals(0, Cli.run("sync", alice.toString(), "-m", "Share").exitCode());
        try (Git git = Git.open(alice.toFile())) {
            git.remoteAdd().setName("origin").setUri(new org.eclipse.jgit.transport.URIish(remote.toUri().toString())).call();
        }
        Cli.Result shared = Cli.run("sync", alice.toString());
        assertTrue(shared.out().contains("Pushed to origin"), shared.toString());
        Path bob = temp.resolve("bob");
        Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(bob.toFile()).call().close();

        setClaimText(alice, "Alice's wording.");
        assertEquals(0, Cli.run("sync", alice.toString(), "-m", "Alice").exitCode());
        setClaimText(bob, "Bob's wording.");
        Cli.Result result = Cli.run("sync", bob.toString(), "-m", "Bob");

        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.out().contains("conflict Claim " + CLAIM + " text: ours \"Bob's wording.\" | theirs \"Alice's wording.\""),
                result.toString());
        assertTrue(result.out().contains("Not pushed"), result.toString());
        assertEquals("Bob's wording.", text(Cli.load(bob)));
        assertEquals(0, Cli.run("check", bob.toString()).exitCode(), "the merged project is valid");
    }

    private static void setClaimText(Path project, String text) throws Exception {
        Project model = Cli.load(project);
        ((Claim) model.getNodes().stream().filter(node -> node.getId().equals(CLAIM)).findFirst().orElseThrow())
                .setText(text);
        model.eResource().save(null);
        assertTrue(Files.readString(project.resolve("dialectica.xmi")).contains(text));
    }

    private static String text(Project model) {
        return ((Claim) model.getNodes().stream().filter(node -> node.getId().equals(CLAIM)).findFirst().orElseThrow())
                .getText();
    }
}
