package org.dialectica.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.dialectica.index.ProjectIndex;
import org.dialectica.index.QuerySyntaxException;
import org.dialectica.index.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Bad queries get a message saying what and where, never a stack trace or a Lucene internal. */
class QuerySyntaxErrorsTest {

    @TempDir
    static Path project;
    static ProjectIndex index;

    @BeforeAll
    static void open() throws Exception {
        index = Corpus.open(project);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    /** Query | position | part of the message. */
    static final String BAD = """
            cancer "tobacco lobby        | 7  | closing '\"'
            (cancer OR smoking           | 0  | never closed
            cancer)                      | 6  | no matching '('
            ()                           | 0  | empty
            cancer AND                   | 7  | needs something after
            OR cancer                    | 0  | needs something before
            cancer AND OR smoking        | 7  | needs something after
            colour:red                   | 0  | unknown field 'colour:'
            is:nonsense                  | 0  | unknown filter 'is:nonsense' (known: flagged)
            type:argument                | 0  | unknown type 'argument'
            smoking tag:                 | 12 | needs a value
            year:nineteen                | 0  | 'year:' takes a year
            *ancer                       | 0  | cannot start with '*'
            cancer~3                     | 7  | at most 2 edits
            cancer~x                     | 6  | '~' ends a word
            cancer - smoking             | 7  | directly before
            smoking \\                   | 8  | escapes nothing
            "a b"~                       | 5  | needs a number
            """;

    @TestFactory
    Stream<DynamicTest> badSyntaxIsReportedWithPosition() {
        return BAD.lines().map(line -> line.split("\\|")).map(cells -> DynamicTest.dynamicTest(
                "[" + cells[0].strip() + "] fails at " + cells[1].strip(),
                () -> assertBadSyntax(cells[0].strip(), Integer.parseInt(cells[1].strip()), cells[2].strip())));
    }

    private static void assertBadSyntax(String query, int position, String message) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                () -> index.search(new SearchRequest(query.strip())));
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().endsWith("(at position " + position + ")"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        String[] lines = e.pointer().split("\\R");
        assertEquals(query.strip(), lines[0]);
        assertEquals(position, lines[1].indexOf('^'));
    }

    static final String ODD = """
            10:30
            e-mail
            C++
            don't
            note\\: this
            "escaped \\" quote"
            NOT-ish
            """;

    @TestFactory
    Stream<DynamicTest> oddButValidQueriesRun() {
        return ODD.lines().map(String::strip).map(query -> DynamicTest.dynamicTest(query,
                () -> index.search(new SearchRequest(query))));
    }
}
