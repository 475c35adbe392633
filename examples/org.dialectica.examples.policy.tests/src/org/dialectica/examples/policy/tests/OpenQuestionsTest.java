package org.dialectica.examples.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectService;
import org.dialectica.core.queries.ArgumentQueries;
import org.dialectica.core.schemes.SchemeCatalog;
import org.dialectica.examples.policy.ui.OpenQuestion;
import org.dialectica.examples.policy.ui.OpenQuestions;
import org.dialectica.model.Claim;
import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.Inference;
import org.dialectica.model.Scheme;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Open questions view lists, on a real project edited through commands as the workbench edits it. */
class OpenQuestionsTest {

    @TempDir
    Path dir;

    private OpenProject project;
    private Scheme slope;
    private Inference argument;

    @BeforeEach
    void projectWithASlipperySlope() throws Exception {
        project = ContributionsInDialecticaTest.service(ProjectService.class).create(dir.resolve("p"), "charge", null);
        SchemeCatalog catalog = ContributionsInDialecticaTest.service(SchemeCatalog.class);
        slope = catalog.copyIntoProject(project.editingDomain(), project.model(),
                catalog.schemeByName("SlipperySlope").orElseThrow());
        DialecticaFactoryWithIds factory = new DialecticaFactoryWithIds("test");
        Claim premise = factory.createClaim();
        premise.setText("Once we charge for roads, we will charge for pavements.");
        Claim conclusion = factory.createClaim();
        conclusion.setText("Do not introduce the congestion charge.");
        argument = factory.createInference();
        argument.getPremises().add(premise);
        argument.setConclusion(conclusion);
        argument.setScheme(slope);
        Inference withoutScheme = factory.createInference();
        withoutScheme.setConclusion(premise);
        execute(AddCommand.create(project.editingDomain(), project.model(),
                org.dialectica.model.DialecticaPackage.Literals.PROJECT__NODES,
                List.of(premise, conclusion, argument, withoutScheme)));
    }

    @AfterEach
    void close() {
        project.close();
    }

    private void execute(Command command) {
        assertTrue(command.canExecute(), command.toString());
        project.editingDomain().getCommandStack().execute(command);
    }

    @Test
    void listsEveryQuestionOfTheSchemeWhileNoneIsAnswered() {
        List<OpenQuestion> rows = OpenQuestions.of(project.model());

        assertEquals(slope.getCriticalQuestions(), rows.stream().map(OpenQuestion::question).toList());
        assertTrue(rows.stream().allMatch(row -> row.inference() == argument), "the scheme-less argument has none");
        assertEquals("Do not introduce the congestion charge.", rows.get(0).argumentText());
        assertEquals(slope.getCriticalQuestions().get(0).getText(), rows.get(0).questionText());
        assertEquals(slope.getCriticalQuestions().size() + " open questions in 1 argument.",
                OpenQuestions.summary(project.model(), rows).split(" Select")[0]);

        List<OpenQuestions.Argument> tree = OpenQuestions.byArgument(rows);
        assertEquals(1, tree.size(), "one node per argument");
        assertEquals(rows, tree.get(0).questions());
        assertEquals(rows.get(0).schemeText() + " \u2192 Do not introduce the congestion charge.", tree.get(0).text());
    }

    @Test
    void anAnsweredOrFailedQuestionLeavesTheListAndUndoBringsItBack() {
        CriticalQuestion first = slope.getCriticalQuestions().get(0);
        CriticalQuestion second = slope.getCriticalQuestions().get(1);
        execute(DialecticaCommands.answerCriticalQuestion(project.editingDomain(), argument, first,
                CriticalQuestionState.ANSWERED, null));
        execute(DialecticaCommands.answerCriticalQuestion(project.editingDomain(), argument, second,
                CriticalQuestionState.FAILED, null));

        List<CriticalQuestion> open = OpenQuestions.of(project.model()).stream().map(OpenQuestion::question).toList();
        assertEquals(ArgumentQueries.openQuestions(argument), open, "core's definition, not a copy of it");
        assertTrue(!open.contains(first) && !open.contains(second), open.toString());

        project.editingDomain().getCommandStack().undo();
        assertTrue(OpenQuestions.of(project.model()).stream().anyMatch(row -> row.question() == second));
    }

    @Test
    void saysWhenThereIsNothingToShow() {
        assertEquals(List.of(), OpenQuestions.of(null));
        assertEquals("No project is open.", OpenQuestions.summary(null, List.of()));
        for (CriticalQuestion question : slope.getCriticalQuestions()) {
            execute(DialecticaCommands.answerCriticalQuestion(project.editingDomain(), argument, question,
                    CriticalQuestionState.ANSWERED, null));
        }
        assertEquals(List.of(), OpenQuestions.of(project.model()));
        assertTrue(OpenQuestions.summary(project.model(), List.of()).startsWith("No open critical questions"));
    }
}
