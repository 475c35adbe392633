package org.dialectica.examples.policy.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dialectica.core.queries.ArgumentQueries;
import org.dialectica.model.Inference;
import org.dialectica.model.Project;

/**
 * What the Open questions view lists, without any SWT: every critical question that core's
 * {@link ArgumentQueries#openQuestions} (the one definition of "open") reports, argument by argument in the
 * model's order. Must be called where the model may be read (the workbench's UI thread).
 */
public final class OpenQuestions {

    private OpenQuestions() {
    }

    public static List<OpenQuestion> of(Project project) {
        if (project == null) {
            return List.of();
        }
        return new ArgumentQueries(project).inferences()
                .flatMap(inference -> ArgumentQueries.openQuestions(inference).stream()
                        .map(question -> new OpenQuestion(inference, question)))
                .toList();
    }

    /** One argument with its open questions: a node of the view's tree. */
    public record Argument(Inference inference, List<OpenQuestion> questions) {

        /**
         * "<scheme> → <conclusion>": the scheme first, since arguments for one conclusion differ by their scheme, and
         * a narrow view still shows it.
         */
        public String text() {
            OpenQuestion first = questions.get(0);
            return first.schemeText() + " \u2192 " + first.argumentText();
        }
    }

    /** The rows of {@link #of}, grouped by argument in the model's order. */
    public static List<Argument> byArgument(List<OpenQuestion> rows) {
        Map<Inference, List<OpenQuestion>> grouped = new LinkedHashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(row.inference(), i -> new ArrayList<>()).add(row));
        return grouped.entrySet().stream().map(e -> new Argument(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** The line above the list, e.g. "5 open questions in 2 arguments". */
    public static String summary(Project project, List<OpenQuestion> rows) {
        if (project == null) {
            return "No project is open.";
        }
        if (rows.isEmpty()) {
            return "No open critical questions: every argument's questions are answered.";
        }
        long arguments = rows.stream().map(OpenQuestion::inference).distinct().count();
        return rows.size() + (rows.size() == 1 ? " open question" : " open questions") + " in " + arguments
                + (arguments == 1 ? " argument" : " arguments")
                + ". Select one to select its argument; double-click to answer in Critical questions.";
    }
}
