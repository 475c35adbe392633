package org.dialectica.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dialectica.model.Claim;
import org.dialectica.model.Project;
import org.dialectica.model.TextAnchor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path temp;

    @Test
    void theSamplePasses() throws Exception {
        Path project = Cli.sample(temp.resolve("sample"));

        Cli.Result result = Cli.run("check", project.toString());

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("No problems in "), result::toString);
    }

    @Test
    void anAnchorWhoseQuoteNoLongerMatchesFailsAndIsNamed() throws Exception {
        Path project = Cli.sample(temp.resolve("sample"));
        Project model = Cli.load(project);
        TextAnchor anchor = firstAnchor(model);
        Path textFile = project.resolve("sources/" + anchor.getSource().getSha256() + ".txt");
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        // Someone edited the stored text: the anchored quote now reads differently.
        char replaced = text.charAt(anchor.getStart()) == 'X' ? 'Y' : 'X';
        Files.writeString(textFile, text.substring(0, anchor.getStart()) + replaced + text.substring(anchor.getStart() + 1),
                StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("check", project.toString());

        assertEquals(1, result.exitCode(), result::toString);
        String problem = result.out().lines().filter(l -> l.contains("ANCHOR_QUOTE_MATCHES")).findFirst().orElseThrow(
                () -> new AssertionError(result));
        assertTrue(problem.startsWith("error"), problem);
        assertTrue(problem.contains(anchor.getId()), problem);
        assertTrue(result.out().contains("1 error, 0 warnings"), result::toString);
    }

    @Test
    void aMissingSourceTextIsAnError() throws Exception {
        Path project = Cli.sample(temp.resolve("sample"));
        Project model = Cli.load(project);
        String sha = model.getSources().get(0).getSha256();
        Files.delete(project.resolve("sources/" + sha + ".txt"));

        Cli.Result result = Cli.run("check", project.toString());

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.out().contains("SOURCE_TEXT_MISSING"), result::toString);
        assertTrue(result.out().contains(model.getSources().get(0).getId()), result::toString);
    }

    @Test
    void aWarningAloneDoesNotFail() throws Exception {
        Path project = Cli.sample(temp.resolve("sample"));
        Project model = Cli.load(project);
        // An underminer whose target no inference uses as a premise is suspicious, not wrong (rule 11).
        Claim attacker = claims(model)[0];
        Claim loneClaim = org.dialectica.model.DialecticaFactory.eINSTANCE.createClaim();
        loneClaim.setId("11111111-2222-3333-4444-555555555555");
        loneClaim.setText("A claim nothing argues from.");
        model.getNodes().add(loneClaim);
        var conflict = org.dialectica.model.DialecticaFactory.eINSTANCE.createConflict();
        conflict.setId("66666666-7777-8888-9999-000000000000");
        conflict.setKind(org.dialectica.model.ConflictKind.UNDERMINE);
        conflict.setAttacker(attacker);
        conflict.setTarget(loneClaim);
        model.getNodes().add(conflict);
        model.eResource().save(null);

        Cli.Result result = Cli.run("check", project.toString());

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().lines().anyMatch(l -> l.startsWith("warning") && l.contains("CONFLICT_UNDERMINES_PREMISE")
                && l.contains(conflict.getId())), result::toString);
    }

    @Test
    void anUnsafeProjectFileIsRefused() throws Exception {
        Path project = Files.createDirectories(temp.resolve("hostile"));
        Files.writeString(project.resolve("dialectica.xmi"), """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                <x>&e;</x>
                """);

        Cli.Result result = Cli.run("check", project.toString());

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("dialectica check: refused to read"), result::toString);
        assertTrue(!result.err().contains("root:"), "no file content leaks into the message");
    }

    @Test
    void aMissingFolderIsReported() {
        Cli.Result result = Cli.run("check", temp.resolve("gone").toString());

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("no such folder"), result::toString);
    }

    @Test
    void anIndexThatNoLongerMatchesTheModelIsAWarningUntilSearchRebuildsIt() throws Exception {
        Path project = Cli.sample(temp.resolve("sample"));
        assertEquals(0, Cli.run("search", project.toString(), "intelligence").exitCode()); // builds the index
        assertTrue(Cli.run("check", project.toString()).out().startsWith("No problems in "));
        Project model = Cli.load(project);
        // Edited behind the index's back: one source gone, one claim more.
        String sourceId = model.getSources().get(0).getId();
        org.eclipse.emf.ecore.util.EcoreUtil.delete(model.getSources().get(0));
        model.eResource().save(null);

        Cli.Result stale = Cli.run("check", project.toString());

        assertTrue(stale.out().lines().anyMatch(l -> l.startsWith("warning INDEX_OUT_OF_DATE")
                && l.contains("passages of sources the project does not have")), stale::toString);
        assertTrue(!stale.out().contains(sourceId + " quotes"), "sanity: the source is gone from the model");
        assertEquals(0, Cli.run("search", project.toString(), "intelligence").exitCode()); // rebuilds
        Cli.Result after = Cli.run("check", project.toString());
        assertTrue(after.out().lines().noneMatch(l -> l.contains("INDEX_OUT_OF_DATE")), after::toString);
    }

    @Test
    void checkTakesNoJsonYet() {
        Cli.Result result = Cli.run("check", temp.toString(), "--json");

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("usage: dialectica check <project>"), result::toString);
    }

    private static TextAnchor firstAnchor(Project model) {
        for (Claim claim : claims(model)) {
            if (!claim.getAnchors().isEmpty()) {
                return claim.getAnchors().get(0);
            }
        }
        throw new AssertionError("the sample has anchored claims");
    }

    private static Claim[] claims(Project model) {
        return model.getNodes().stream().filter(Claim.class::isInstance).toArray(Claim[]::new);
    }
}
