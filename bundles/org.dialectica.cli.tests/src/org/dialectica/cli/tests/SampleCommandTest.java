package org.dialectica.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesAProjectThatOpensAndChecks() throws Exception {
        Path target = temp.resolve("my sample");

        Cli.Result result = Cli.run("sample", target.toString());

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains(target.toString()), result::toString);
        assertEquals("US-Russian joint operation against ISIS (sample)", Cli.load(target).getName());
        assertEquals(".dialectica/\n", Files.readString(target.resolve(".gitignore")));
        assertEquals(0, Cli.run("check", target.toString()).exitCode());
    }

    @Test
    void refusesAFolderThatIsNotEmptyAndLeavesItAlone() throws Exception {
        Path notes = Files.writeString(temp.resolve("notes.txt"), "keep me");

        Cli.Result result = Cli.run("sample", temp.toString());

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("is not empty"), result::toString);
        assertEquals("keep me", Files.readString(notes));
        assertTrue(Files.notExists(temp.resolve("dialectica.xmi")));
    }

    @Test
    void needsExactlyOneFolder() {
        Cli.Result result = Cli.run("sample");

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("usage: dialectica sample <dir>"), result::toString);
    }
}
