package org.dialectica.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dialectica.model.AnchorState;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestionAnswer;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.DialecticaPackage;
import org.dialectica.model.Project;
import org.dialectica.model.TextAnchor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {

    @TempDir
    Path temp;

    @Test
    void jsonReportsTheModelsRealCountsInTheDocumentedOrder() throws Exception {
        Path project = Cli.sample(temp.resolve("sample"));
        Counts counts = new Counts(Cli.load(project));

        Cli.Result result = Cli.run("stats", project.toString(), "--json");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.err());
        String expected = """
                {
                  "sources": %d,
                  "claims": %d,
                  "inferences": %d,
                  "conflicts": %d,
                  "conflictsByKind": {
                    "rebut": %d,
                    "undermine": %d,
                    "undercut": %d
                  },
                  "preferences": %d,
                  "rephrases": %d,
                  "issues": %d,
                  "anchors": {
                    "anchored": %d,
                    "moved": %d,
                    "orphaned": %d
                  },
                  "schemes": %d,
                  "tags": %d,
                  "memos": %d,
                  "criticalQuestionAnswers": {
                    "open": %d,
                    "answered": %d,
                    "failed": %d
                  }
                }
                """.formatted(counts.of(DialecticaPackage.Literals.SOURCE), counts.of(DialecticaPackage.Literals.CLAIM),
                counts.of(DialecticaPackage.Literals.INFERENCE), counts.of(DialecticaPackage.Literals.CONFLICT),
                counts.conflicts(ConflictKind.REBUT), counts.conflicts(ConflictKind.UNDERMINE),
                counts.conflicts(ConflictKind.UNDERCUT), counts.of(DialecticaPackage.Literals.PREFERENCE),
                counts.of(DialecticaPackage.Literals.REPHRASE), counts.of(DialecticaPackage.Literals.ISSUE),
                counts.anchors(AnchorState.ANCHORED), counts.anchors(AnchorState.MOVED), counts.anchors(AnchorState.ORPHANED),
                counts.of(DialecticaPackage.Literals.SCHEME), counts.of(DialecticaPackage.Literals.TAG),
                counts.of(DialecticaPackage.Literals.MEMO), counts.answers(CriticalQuestionState.OPEN),
                counts.answers(CriticalQuestionState.ANSWERED), counts.answers(CriticalQuestionState.FAILED));
        assertEquals(expected, result.out().replace(System.lineSeparator(), "\n"));
        assertTrue(counts.of(DialecticaPackage.Literals.CLAIM) >= 8, "the sample is not trivially empty");
    }

    @Test
    void countsFollowChangesToTheModel() throws Exception {
        Path project = Cli.sample(temp.resolve("sample"));
        String before = Cli.run("stats", project.toString(), "--json").out();
        Project model = Cli.load(project);
        Claim claim = model.getNodes().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
                .filter(c -> !c.getAnchors().isEmpty()).findFirst().orElseThrow();
        claim.getAnchors().get(0).setState(AnchorState.ORPHANED);
        Conflict conflict = model.getNodes().stream().filter(Conflict.class::isInstance).map(Conflict.class::cast)
                .findFirst().orElseThrow();
        EcoreUtil.delete(conflict); // also drops memos' references to it
        model.eResource().save(null);

        String after = Cli.run("stats", project.toString(), "--json").out();

        assertEquals(number(before, "orphaned") + 1, number(after, "orphaned"));
        assertEquals(number(before, "anchored") - 1, number(after, "anchored"));
        assertEquals(number(before, "conflicts") - 1, number(after, "conflicts"));
    }

    @Test
    void humanOutputNamesTheProjectAndItsCounts() throws Exception {
        Path project = Cli.sample(temp.resolve("sample"));
        Counts counts = new Counts(Cli.load(project));

        Cli.Result result = Cli.run("stats", project.toString());

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains(Cli.load(project).getName()), result::toString);
        assertTrue(result.out().matches("(?s).*\\n  claims +" + counts.of(DialecticaPackage.Literals.CLAIM) + "\\n.*"),
                result::toString);
    }

    @Test
    void aMissingProjectFailsWithAClearMessage() {
        Cli.Result result = Cli.run("stats", temp.resolve("nowhere").toString(), "--json");

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("", result.out());
        assertTrue(result.err().contains("no such folder"), result::toString);
    }

    @Test
    void aFolderWithoutAModelIsNotAProject() throws Exception {
        Files.writeString(temp.resolve("notes.txt"), "not a project");

        Cli.Result result = Cli.run("stats", temp.toString());

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("not a Dialectica project"), result::toString);
    }

    @Test
    void usageErrorsExitWithTwoAndTheSynopsis() {
        for (List<String> args : List.of(List.of("stats"), List.of("stats", "a", "b"), List.of("stats", "a", "--limit", "3"),
                List.of("stats", "a", "--jsn"))) {
            Cli.Result result = Cli.run(args.toArray(String[]::new));

            assertEquals(2, result.exitCode(), result::toString);
            assertTrue(result.err().contains("usage: dialectica stats <project> [--json]"), result::toString);
            assertEquals("", result.out());
        }
    }

    private static long number(String json, String key) {
        var matcher = java.util.regex.Pattern.compile("\"" + key + "\": (\\d+)").matcher(json);
        assertTrue(matcher.find(), key + " in " + json);
        return Long.parseLong(matcher.group(1));
    }

    /** Counts by walking every object of the model, independently of the command's own counting. */
    private static final class Counts {
        private final List<EObject> all;

        Counts(Project project) {
            List<EObject> objects = new java.util.ArrayList<>();
            project.eAllContents().forEachRemaining(objects::add);
            all = objects;
        }

        long of(EClass type) {
            return all.stream().filter(o -> o.eClass() == type).count();
        }

        long conflicts(ConflictKind kind) {
            return all.stream().filter(o -> o instanceof Conflict c && c.getKind() == kind).count();
        }

        long anchors(AnchorState state) {
            return all.stream().filter(o -> o instanceof TextAnchor a && a.getState() == state).count();
        }

        long answers(CriticalQuestionState state) {
            return all.stream().filter(o -> o instanceof CriticalQuestionAnswer a && a.getState() == state).count();
        }
    }
}
