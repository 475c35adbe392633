package org.dialectica.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.core.project.impl.DefaultProjectService;
import org.dialectica.model.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextsTest {

    private static final String SHA = "a".repeat(64);

    @TempDir
    Path folder;

    private final DefaultProjectService service = Fixtures.service();

    @AfterEach
    void shutDown() {
        service.shutdown();
    }

    @Test
    void textsAndOriginalsAreStoredUnderSources() throws Exception {
        try (OpenProject project = service.create(folder.resolve("p"), "P", null)) {
            String text = "Ünïcödé — “quoted”\nsecond line";
            Path stored = project.texts().storeText(SHA, text);
            assertEquals(project.directory().resolve("sources/" + SHA + ".txt"), stored);
            assertArrayEquals(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), Files.readAllBytes(stored));
            assertTrue(project.texts().hasText(SHA));
            assertFalse(project.texts().hasText("b".repeat(64)));

            Source source = Fixtures.FACTORY.createSource();
            source.setSha256(SHA);
            assertEquals(text, project.textOf(source));

            Path original = project.texts().storeOriginal(SHA, "pdf", new ByteArrayInputStream(new byte[] {1, 2, 3}));
            assertEquals(SHA + ".orig.pdf", original.getFileName().toString());
            assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(original));
        }
    }

    @Test
    void aHashFromAHostileModelNeverBecomesAPath() throws Exception {
        try (OpenProject project = service.create(folder.resolve("p"), "P", null)) {
            Source source = Fixtures.FACTORY.createSource();
            source.setSha256("../../../etc/passwd");
            assertThrows(ProjectException.class, () -> project.textOf(source));
            assertThrows(ProjectException.class, () -> project.texts().storeText("../escape", "x"));
            assertThrows(ProjectException.class,
                    () -> project.texts().storeOriginal(SHA, "pdf/../../x", new ByteArrayInputStream(new byte[0])));
            assertFalse(project.texts().hasText("../escape"));
        }
    }

    @Test
    void aMissingTextIsAClearError() throws Exception {
        try (OpenProject project = service.create(folder.resolve("p"), "P", null)) {
            Source source = Fixtures.FACTORY.createSource();
            source.setTitle("Leviathan");
            source.setSha256(SHA);
            ProjectException missing = assertThrows(ProjectException.class, () -> project.textOf(source));
            assertTrue(missing.getMessage().contains("Leviathan") && missing.getMessage().contains("missing"),
                    missing.getMessage());
        }
    }
}
