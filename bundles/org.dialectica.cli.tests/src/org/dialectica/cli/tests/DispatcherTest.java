package org.dialectica.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The application's dispatch over the registered command services. */
class DispatcherTest {

    @Test
    void theCommandsAreRegisteredAsServices() {
        Cli.Result result = Cli.run("help");

        assertEquals(0, result.exitCode(), result::toString);
        for (String synopsis : new String[] { "dialectica check <project>", "dialectica sample <dir>",
                "dialectica stats <project> [--json]" }) {
            assertTrue(result.out().contains(synopsis), result::toString);
        }
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli.Result result = Cli.run("frobnicate", "x");

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("'frobnicate' is not an available command"), result::toString);
        assertTrue(result.err().contains("dialectica stats"), "lists what is available: " + result);
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(2, Cli.run().exitCode());
    }

    @Test
    void helpOfACommandPrintsItsSynopsisAndHelp() {
        for (String[] args : new String[][] { { "help", "check" }, { "check", "--help" } }) {
            Cli.Result result = Cli.run(args);

            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(result.out().startsWith("usage: dialectica check <project>\n"), result::toString);
            assertTrue(result.out().contains("Exit codes"), result::toString);
        }
    }
}
