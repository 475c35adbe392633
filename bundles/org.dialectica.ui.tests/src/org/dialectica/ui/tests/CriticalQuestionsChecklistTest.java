package org.dialectica.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.queries.ArgumentQueries;
import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.Inference;
import org.dialectica.ui.inspector.CriticalQuestionsPart;
import org.dialectica.ui.session.ActiveProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.Test;

/**
 * The Critical questions checklist lists every question of the argument's scheme, also those the project holds no
 * answer for yet (the sample has such arguments: they count as open everywhere else), and ticking one answers it.
 */
class CriticalQuestionsChecklistTest {

    @Test
    void aQuestionWithoutAnAnswerIsListedAndCanBeTicked() {
        WorkbenchDriver.runWorkbench(robot -> {
            OpenProject project = robot.waitForProject();
            Inference argument = new ArgumentQueries(project.model()).inferences()
                    .filter(i -> i.getScheme() != null && i.getScheme().getCriticalQuestions().stream()
                            .anyMatch(q -> i.getCriticalQuestionAnswers().stream().noneMatch(a -> a.getQuestion() == q)))
                    .findFirst().orElseThrow(() -> new AssertionError("the sample has a question without answer"));
            CriticalQuestion unanswered = argument.getScheme().getCriticalQuestions().stream()
                    .filter(q -> argument.getCriticalQuestionAnswers().stream().noneMatch(a -> a.getQuestion() == q))
                    .findFirst().orElseThrow();

            robot.application().getContext().set(ActiveProject.SELECTED_ELEMENT, argument);
            Composite part = (Composite) robot.part(CriticalQuestionsPart.ID).getWidget();
            robot.waitUntil("the checklist shows the argument's questions",
                    () -> checkBoxes(part).size() == argument.getScheme().getCriticalQuestions().size());
            Button box = checkBoxes(part).stream().filter(b -> b.getText().equals(unanswered.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError("listed: " + unanswered.getText()));
            assertFalse(box.getSelection());
            assertTrue(ArgumentQueries.openQuestions(argument).contains(unanswered));

            box.setSelection(true);
            box.notifyListeners(SWT.Selection, null);
            robot.settle();

            assertFalse(ArgumentQueries.openQuestions(argument).contains(unanswered), "answered by the tick");
            assertEquals(1, argument.getCriticalQuestionAnswers().stream()
                    .filter(a -> a.getQuestion() == unanswered).count());
            project.editingDomain().getCommandStack().undo();
            robot.settle();
            assertTrue(ArgumentQueries.openQuestions(argument).contains(unanswered), "undone");
        });
    }

    private static List<Button> checkBoxes(Composite composite) {
        List<Button> boxes = new ArrayList<>();
        for (Control child : composite.getChildren()) {
            if (child instanceof Button button && (button.getStyle() & SWT.CHECK) != 0 && !button.isDisposed()) {
                boxes.add(button);
            } else if (child instanceof Composite inner) {
                boxes.addAll(checkBoxes(inner));
            }
        }
        return boxes;
    }
}
