package org.dialectica.sample.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.dialectica.sample.SampleProjects;
import org.dialectica.sample.build.SampleProjectBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The committed sample project is what the builder produces, and {@link SampleProjects} copies it out whole. */
class SampleProjectTest {

    /** Set by the {@code regenerate-sample} Maven profile: the bundle's {@code project/} folder. */
    private static final String REGENERATE = "dialectica.sample.regenerate";

    @TempDir
    Path temp;

    @Test
    void committedProjectIsExactlyWhatTheBuilderWritesNow() throws Exception {
        Path built = temp.resolve("built");
        new SampleProjectBuilder(SampleFiles.article()).writeTo(built);
        regenerateIfAsked(built);

        Path copied = temp.resolve("copied");
        sampleProjects().copyTo(copied);

        Map<String, byte[]> expected = SampleFiles.files(built);
        Map<String, byte[]> actual = SampleFiles.files(copied);
        assertEquals(expected.keySet(), actual.keySet(), "files of the committed sample project; regenerate it (docs/cli.md)");
        for (String file : expected.keySet()) {
            assertArrayEquals(expected.get(file), actual.get(file), file + " differs from the builder's output; "
                    + "regenerate the sample project (docs/cli.md)");
        }
    }

    @Test
    void buildingTwiceGivesTheSameBytes() throws Exception {
        byte[] article = SampleFiles.article();
        new SampleProjectBuilder(article).writeTo(temp.resolve("one"));
        new SampleProjectBuilder(article).writeTo(temp.resolve("two"));

        Map<String, byte[]> one = SampleFiles.files(temp.resolve("one"));
        Map<String, byte[]> two = SampleFiles.files(temp.resolve("two"));
        assertEquals(one.keySet(), two.keySet());
        one.forEach((file, bytes) -> assertArrayEquals(bytes, two.get(file), file));
    }

    @Test
    void storedTextIsTheNormalisedArticleNamedByTheHashOfTheOriginal() throws Exception {
        byte[] article = SampleFiles.article();
        SampleProjectBuilder builder = new SampleProjectBuilder(article);
        Path project = temp.resolve("p");
        builder.writeTo(project);

        String sha = builder.sha256();
        assertEquals(64, sha.length());
        assertArrayEquals(article, Files.readAllBytes(project.resolve("sources/" + sha + ".orig.txt")));
        String text = Files.readString(project.resolve("sources/" + sha + ".txt"), StandardCharsets.UTF_8);
        assertEquals(builder.text(), text);
        assertTrue(text.startsWith("Is US-Russian Joint Operation Against Islamic State Possible?\n"), text.substring(0, 80));
        assertTrue(text.indexOf('\r') < 0, "line ends are normalised");
        assertEquals(".dialectica/\n", Files.readString(project.resolve(".gitignore")));
        assertEquals(sha, SampleFiles.load(project).getSources().get(0).getSha256());
    }

    @Test
    void copyToWritesAProjectThatOpens() throws Exception {
        Path target = temp.resolve("new/sample");
        List<Path> written = new SampleProjects(SampleFiles.sampleBundle()).copyTo(target);

        assertTrue(written.contains(Path.of("dialectica.xmi")), written.toString());
        assertTrue(written.contains(Path.of(".gitignore")), written.toString());
        assertEquals(SampleProjectBuilder.PROJECT_NAME, SampleFiles.load(target).getName());
    }

    @Test
    void copyToRefusesADirectoryThatIsNotEmpty() throws Exception {
        Path notes = Files.writeString(temp.resolve("notes.txt"), "mine");

        assertThrows(DirectoryNotEmptyException.class, () -> new SampleProjects(SampleFiles.sampleBundle()).copyTo(temp));
        assertEquals("mine", Files.readString(notes));
        try (Stream<Path> children = Files.list(temp)) {
            assertEquals(1, children.count(), "nothing was written beside the existing file");
        }
    }

    private SampleProjects sampleProjects() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<SampleProjects, SampleProjects> tracker = new ServiceTracker<>(context, SampleProjects.class, null);
        tracker.open();
        try {
            SampleProjects service = tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
            assertTrue(service != null, "SampleProjects is registered as a DS component");
            return service;
        } finally {
            tracker.close();
        }
    }

    /** With the {@code regenerate-sample} profile, replaces the committed project by {@code built} and skips the test. */
    private static void regenerateIfAsked(Path built) throws IOException {
        String target = System.getProperty(REGENERATE);
        if (target == null || target.isBlank()) {
            return;
        }
        Path committed = Path.of(target);
        if (Files.exists(committed)) {
            try (Stream<Path> walk = Files.walk(committed)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        try (Stream<Path> walk = Files.walk(built)) {
            for (Path path : walk.toList()) {
                Path copy = committed.resolve(built.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
        Assumptions.abort("Regenerated " + committed + "; build again to check it");
    }
}
