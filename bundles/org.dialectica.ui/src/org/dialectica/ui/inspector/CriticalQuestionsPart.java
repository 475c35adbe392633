package org.dialectica.ui.inspector;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.dialectica.core.queries.ArgumentQueries;
import org.dialectica.model.Claim;
import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.CriticalQuestionAnswer;
import org.dialectica.model.CriticalQuestionState;
import org.dialectica.model.Inference;
import org.dialectica.model.edit.commands.DialecticaCommands;
import org.dialectica.ui.outline.ElementLabelProvider;
import org.dialectica.ui.session.ActiveProject;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/**
 * The critical questions of the selected argument (or of the argument for the selected claim) as a checklist.
 * Ticking a question records it as answered; an answer given by another element links to it.
 */
public class CriticalQuestionsPart extends SelectionFollowingPart {

    public static final String ID = "org.dialectica.ui.part.criticalquestions";

    @Inject
    private MApplication application;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        body = new Composite(parent, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(1, false));
        rebuild();
    }

    /** The argument whose questions are shown: the selected inference, or the first argument for a claim. */
    Inference inference() {
        if (selected instanceof Inference inference) {
            return inference;
        }
        if (selected instanceof Claim claim && project != null) {
            List<Inference> arguments = new ArgumentQueries(project.model()).argumentsFor(claim);
            return arguments.isEmpty() ? null : arguments.get(0);
        }
        return null;
    }

    @Override
    protected void fill() {
        if (project == null) {
            wrapped("No project is open.");
            return;
        }
        long open = new ArgumentQueries(project.model()).inferencesWithOpenQuestions().size();
        Inference inference = inference();
        if (inference == null) {
            wrapped("Select an argument, or a claim with an argument for it, to see its critical questions. "
                    + open + " argument(s) in this project have open questions.");
            return;
        }
        if (inference.getScheme() == null) {
            wrapped("This argument has no scheme yet. Choose one in the Inspector to get its critical questions.");
            return;
        }
        wrapped(ElementLabelProvider.textOf(adapterFactory(), inference.getScheme()));
        // Every question of the scheme, answered or not: a project made elsewhere (the sample, an AIF file) may hold
        // answers for some questions only, and the others are open too (ArgumentQueries.openQuestions).
        for (CriticalQuestion question : inference.getScheme().getCriticalQuestions()) {
            CriticalQuestionAnswer answer = inference.getCriticalQuestionAnswers().stream()
                    .filter(a -> a.getQuestion() == question).findFirst().orElse(null);
            Button check = new Button(body, SWT.CHECK | SWT.WRAP);
            check.setText(question.getText() == null ? "?" : question.getText());
            check.setSelection(answer != null && answer.getState() == CriticalQuestionState.ANSWERED);
            GridData checkData = new GridData(SWT.FILL, SWT.TOP, true, false);
            checkData.widthHint = 200; // lets long questions wrap instead of being cut off
            check.setLayoutData(checkData);
            check.addListener(SWT.Selection, e -> answer(inference, question, answer, check.getSelection()));
            if (answer != null && answer.getAnsweredBy() != null) {
                Link link = new Link(body, SWT.WRAP);
                link.setText("    answered by <a>" + ElementLabelProvider.textOf(adapterFactory(), answer.getAnsweredBy())
                        .replace("<", "‹") + "</a>");
                link.addListener(SWT.Selection,
                        e -> application.getContext().set(ActiveProject.SELECTED_ELEMENT, answer.getAnsweredBy()));
            }
        }
    }

    private void answer(Inference inference, CriticalQuestion question, CriticalQuestionAnswer answer,
            boolean answered) {
        project.editingDomain().getCommandStack().execute(DialecticaCommands.answerCriticalQuestion(
                project.editingDomain(), inference, question,
                answered ? CriticalQuestionState.ANSWERED : CriticalQuestionState.OPEN,
                answer == null ? null : answer.getAnsweredBy()));
    }

    private void wrapped(String message) {
        Label label = new Label(body, SWT.WRAP);
        label.setText(message);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 200;
        label.setLayoutData(data);
    }
}
