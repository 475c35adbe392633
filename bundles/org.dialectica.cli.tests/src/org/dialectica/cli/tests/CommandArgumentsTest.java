package org.dialectica.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.dialectica.cli.CommandArguments;
import org.dialectica.cli.CommandOption;
import org.dialectica.cli.UsageException;
import org.junit.jupiter.api.Test;

class CommandArgumentsTest {

    @Test
    void optionsAndPositionalsInAnyOrder() throws Exception {
        CommandArguments args = CommandArguments.parse("proj", "--limit", "5", "query words", "--json", "-o", "out.json",
                "--format=aif");

        assertEquals(List.of("proj", "query words"), args.positionals(2, 2));
        assertTrue(args.json());
        assertEquals(OptionalInt.of(5), args.limit());
        assertEquals(Optional.of(Path.of("out.json")), args.output());
        assertEquals(Optional.of("aif"), args.format());
    }

    @Test
    void doubleDashEndsOptions() throws Exception {
        CommandArguments args = CommandArguments.parse("proj", "--", "--json", "-o");

        assertEquals(List.of("proj", "--json", "-o"), args.positionals());
        assertFalse(args.json());
    }

    @Test
    void badCommandLinesAreUsageErrors() throws Exception {
        assertEquals("unknown option --jsn", assertThrows(UsageException.class, () -> CommandArguments.parse("--jsn")).getMessage());
        assertEquals("--limit needs a value", assertThrows(UsageException.class, () -> CommandArguments.parse("--limit")).getMessage());
        assertEquals("--json takes no value", assertThrows(UsageException.class, () -> CommandArguments.parse("--json=1")).getMessage());
        assertEquals("--json is given twice",
                assertThrows(UsageException.class, () -> CommandArguments.parse("--json", "--json")).getMessage());
        for (String limit : List.of("0", "-3", "ten")) {
            CommandArguments args = CommandArguments.parse("--limit=" + limit);
            assertThrows(UsageException.class, args::limit, limit);
        }
        CommandArguments two = CommandArguments.parse("a", "b");
        assertEquals("unexpected argument b", assertThrows(UsageException.class, () -> two.positionals(1, 1)).getMessage());
        assertThrows(UsageException.class, () -> two.positionals(3, 3));
        CommandArguments json = CommandArguments.parse("a", "--json");
        assertThrows(UsageException.class, () -> json.accept(CommandOption.LIMIT));
        json.accept(CommandOption.JSON);
    }
}
