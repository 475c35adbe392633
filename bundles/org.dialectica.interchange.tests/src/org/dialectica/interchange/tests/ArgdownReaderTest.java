package org.dialectica.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.dialectica.interchange.ImportedArguments;
import org.dialectica.interchange.InterchangeException;
import org.dialectica.interchange.argdown.ArgdownReader;
import org.dialectica.model.Claim;
import org.dialectica.model.Tag;
import org.junit.jupiter.api.Test;

class ArgdownReaderTest {

    private final ArgdownReader reader = new ArgdownReader(1024 * 1024, Fixtures.CLOCK);

    @Test
    void readsStatementsArgumentsRelationsHeadingsTagsAndComments() throws Exception {
        ImportedArguments read = Fixtures.read(reader, "debate.argdown");

        assertEquals(Set.of("Bicycles should be allowed on pavements.", "Pedestrians would be endangered.",
                "Cycling on roads is dangerous.", "The transport minister says so.", "Most roads have cycle lanes.",
                "Cycling is safe enough."), Fixtures.texts(read.claims()));
        assertEquals(Set.of(
                "Cycling on roads is dangerous. + The transport minister says so. -> Bicycles should be allowed on pavements.",
                "Most roads have cycle lanes. -> Cycling is safe enough."), Fixtures.inferenceShapes(read.inferences()));
        assertEquals(Set.of(
                "REBUT Pedestrians would be endangered. -> Bicycles should be allowed on pavements.",
                "UNDERMINE Most roads have cycle lanes. -> Cycling on roads is dangerous.",
                "UNDERCUT Most roads have cycle lanes. -> (Bicycles should be allowed on pavements.)"),
                Fixtures.conflictShapes(read.conflicts()));
        assertEquals("ExpertOpinion", read.schemes().get(0).getName());
        assertEquals("Argument from expert opinion", read.schemes().get(0).getLabel());

        assertEquals(1, read.issues().size());
        assertEquals("Should bicycles be allowed on pavements?", read.issues().get(0).getText());
        assertEquals(List.of("Bicycles should be allowed on pavements.", "Cycling is safe enough."),
                read.issues().get(0).getPositions().stream().map(Claim::getText).toList());
        Claim pavements = read.claims().stream().filter(c -> c.getText().startsWith("Bicycles")).findFirst().orElseThrow();
        assertEquals(Set.of("policy", "urban planning"), Set.copyOf(pavements.getTags().stream().map(Tag::getName).toList()));
        assertEquals(2, read.tags().size());
        assertEquals(1, read.report().skippedCount("argument description"));
        assertEquals("import:debate.argdown", pavements.getAuthor());
    }

    @Test
    void readsMultiStepArgumentsUsesAndAnonymousStructures() throws Exception {
        ImportedArguments read = Fixtures.readText(reader, """
                (1) A
                (2) B
                ----
                (3) C
                (4) D
                -- {uses: [3, 4]} --
                (5) E
                """, "steps.argdown");
        assertEquals(Set.of("A + B -> C", "C + D -> E"), Fixtures.inferenceShapes(read.inferences()));
    }

    @Test
    void supportsIncomingAndOutgoingRelationsNestedByIndentation() throws Exception {
        ImportedArguments read = Fixtures.readText(reader, """
                [T]: Thesis.
                  <+ [R]: Reason.
                    - [O]: Objection.
                  <- [C]: Counter.
                """, "nested.argdown");
        assertEquals(Set.of("Reason. -> Thesis."), Fixtures.inferenceShapes(read.inferences()));
        assertEquals(Set.of("UNDERMINE Objection. -> Reason.", "REBUT Counter. -> Thesis."),
                Fixtures.conflictShapes(read.conflicts()));
    }

    @Test
    void reportsArgumentsWithoutStructureAndUndefinedStatements() throws Exception {
        ImportedArguments read = Fixtures.readText(reader, """
                [T]: Thesis.
                  + <Vague>
                  - [Undefined]
                """, "vague.argdown");
        assertEquals(1, read.report().skippedCount("relation"), read.report().summary());
        assertEquals(1, read.report().skippedCount("argument"));
        assertTrue(read.report().warnings().stream().anyMatch(w -> w.contains("[Undefined]")));
        assertEquals(Set.of("REBUT Undefined -> Thesis."), Fixtures.conflictShapes(read.conflicts()));
    }

    @Test
    void escapedCharactersAreText() throws Exception {
        ImportedArguments read = Fixtures.readText(reader, "[T]: Use \\#hashtags and \\[brackets\\] #real\n", "esc.argdown");
        assertEquals("Use #hashtags and [brackets]", read.claims().get(0).getText());
        assertEquals("real", read.claims().get(0).getTags().get(0).getName());
    }

    @Test
    void badInputIsRefusedWithItsLine() {
        assertLine(4, "[A]: a\n\n(1) [A]\n----\n", "conclusion");
        assertLine(2, "[A]: a\n  = [B]\n", "indented");
        assertLine(1, "  + [A]: a\n", "no statement");
        assertLine(3, "[A]: a\n\n[B: unclosed\n", "not closed");
        assertLine(2, "[A]: a\n<Arg\n", "not closed");
        assertLine(1, "----\n", "inference line");
        assertLine(1, "(1) [A]: a\n(2) [B]: b\n", "without an inference line");
        assertLine(1, "===\ntitle: x\n", "front matter");
        assertLine(2, "[A]: a\n/* open\n", "never closed");
        assertLine(3, "(1) a\n----\n----\n(2) b\n", "two inference lines");
        assertLine(1, "(1) [A]: a\n----\n(2) [A]\n", "rules");
    }

    private void assertLine(int line, String text, String messagePart) {
        InterchangeException e = assertThrows(InterchangeException.class, () -> Fixtures.readText(reader, text, "bad.argdown"),
                text);
        if (!messagePart.equals("rules")) {
            assertEquals(line, e.line().orElseThrow(), e.getMessage());
        }
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    @Test
    void refusesNonUtf8AndHugeFiles() {
        byte[] latin1 = "[A]: a\n[B]: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        InterchangeException e = assertThrows(InterchangeException.class,
                () -> reader.read(new ByteArrayInputStream(latin1), "latin1.argdown"));
        assertEquals(2, e.line().orElseThrow());
        ArgdownReader small = new ArgdownReader(100, Fixtures.CLOCK);
        assertThrows(InterchangeException.class, () -> Fixtures.readText(small, "[A]: a\n".repeat(50), "big.argdown"));
    }
}
