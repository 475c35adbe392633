package org.dialectica.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.core.project.ProjectException.Reason;
import org.dialectica.core.project.impl.DefaultProjectService;
import org.dialectica.core.project.impl.ProjectEditingDomains;
import org.dialectica.core.project.migration.ModelMigration;
import org.dialectica.core.project.migration.ModelMigrations;
import org.dialectica.model.resource.FormatVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration hook, exercised with a made-up format 0.9 (no real older format exists yet). */
class MigrationTest {

    private static final String OLD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dialectica:Project xmi:version=\"2.0\""
            + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:dialectica=\"http://dialectica.org/model/0.9\""
            + " id=\"p\" title=\"Old name\"/>\n";

    /** 0.9 called the project's name "title". */
    private static final ModelMigration RENAME_TITLE = new ModelMigration() {
        @Override
        public FormatVersion from() {
            return new FormatVersion(0, 9);
        }

        @Override
        public FormatVersion to() {
            return FormatVersion.current();
        }

        @Override
        public byte[] migrate(byte[] document) {
            return new String(document, StandardCharsets.UTF_8).replace("model/0.9", "model/" + FormatVersion.CURRENT)
                    .replace(" title=", " name=").getBytes(StandardCharsets.UTF_8);
        }
    };

    @TempDir
    Path folder;

    @Test
    void anOlderFormatIsMigratedWhenAMigrationIsRegistered() throws Exception {
        Files.writeString(folder.resolve("dialectica.xmi"), OLD);
        DefaultProjectService service = new DefaultProjectService(Duration.ofSeconds(1),
                new ModelMigrations(List.of(RENAME_TITLE)), new ProjectEditingDomains());
        try (OpenProject project = service.open(folder, null)) {
            assertEquals("Old name", project.model().getName());
            assertEquals(OLD, Files.readString(folder.resolve("dialectica.xmi")), "migrated in memory, written on save");
            project.save(null);
            assertTrue(Files.readString(folder.resolve("dialectica.xmi")).contains("model/" + FormatVersion.CURRENT));
            assertEquals(OLD, Files.readString(folder.resolve(".dialectica/backup/dialectica.xmi.bak")));
        } finally {
            service.shutdown();
        }
    }

    @Test
    void anOlderFormatWithoutMigrationIsRefusedUntouched() throws Exception {
        Files.writeString(folder.resolve("dialectica.xmi"), OLD);
        DefaultProjectService service = Fixtures.service();
        try {
            ProjectException refused = assertThrows(ProjectException.class, () -> service.open(folder, null));
            assertEquals(Reason.CORRUPT, refused.reason());
            assertTrue(refused.getMessage().contains("format 0.9"), refused.getMessage());
            assertEquals(OLD, Files.readString(folder.resolve("dialectica.xmi")));
        } finally {
            service.shutdown();
        }
    }

    @Test
    void chainsAreFoundStepByStep() {
        ModelMigrations migrations = new ModelMigrations(List.of(RENAME_TITLE, step(0, 8, 0, 9)));
        assertEquals(2, migrations.chain(new FormatVersion(0, 8), FormatVersion.current()).orElseThrow().size());
        assertTrue(migrations.chain(new FormatVersion(0, 7), FormatVersion.current()).isEmpty());
        assertTrue(migrations.chain(FormatVersion.current(), FormatVersion.current()).orElseThrow().isEmpty());
    }

    private static ModelMigration step(int fromMajor, int fromMinor, int toMajor, int toMinor) {
        return new ModelMigration() {
            @Override
            public FormatVersion from() {
                return new FormatVersion(fromMajor, fromMinor);
            }

            @Override
            public FormatVersion to() {
                return new FormatVersion(toMajor, toMinor);
            }

            @Override
            public byte[] migrate(byte[] document) {
                return document;
            }
        };
    }
}
