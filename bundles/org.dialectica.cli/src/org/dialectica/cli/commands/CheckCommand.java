package org.dialectica.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.dialectica.cli.CliCommand;
import org.dialectica.cli.CommandArguments;
import org.dialectica.cli.ExitCodes;
import org.dialectica.cli.UsageException;
import org.dialectica.cli.internal.ProjectReadException;
import org.dialectica.cli.internal.ProjectReader;
import org.dialectica.cli.internal.ReadOnlyProject;
import org.dialectica.model.Identifiable;
import org.dialectica.model.Source;
import org.dialectica.model.validation.ModelRule;
import org.dialectica.model.validation.ModelValidation;
import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.service.component.annotations.Component;

/**
 * {@code dialectica check <project>}: validates the model against its rules and its stored source texts,
 * and prints one line per problem: severity, rule, message, and the ids of the elements involved.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=check")
public class CheckCommand implements CliCommand {

    /** The rule name printed when a source's stored text is missing: its anchors cannot be checked. */
    static final String SOURCE_TEXT_MISSING = "SOURCE_TEXT_MISSING";

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String synopsis() {
        return "<project>";
    }

    @Override
    public String help() {
        return """
                Validates a project: the model's multiplicities and references, the rules of docs/model.md
                (ids, anchors against the stored texts in sources/<sha256>.txt, inferences, conflicts,
                rephrasings, critical questions), and that every source's text is stored.
                Prints one line per problem:  <severity> <RULE> <message> [ids: <element ids>]
                Exit codes: 0 no errors (warnings may be printed), 1 errors or the project cannot be read,
                2 usage error.""";
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws UsageException {
        Path folder = Path.of(args.accept().positionals(1, 1).get(0));
        ReadOnlyProject project;
        try {
            project = new ProjectReader().read(folder);
        } catch (ProjectReadException e) {
            err.println("dialectica check: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        List<Problem> problems = new ArrayList<>();
        for (Source source : project.sourcesWithoutText()) {
            problems.add(new Problem(Diagnostic.ERROR, SOURCE_TEXT_MISSING, "The text of source " + source.getId()
                    + " is not stored (" + project.directory().relativize(project.textFile(source))
                    + "); its anchors were not checked.", List.of(source.getId())));
        }
        collect(ModelValidation.validate(project.project(), project), problems);

        problems.forEach(problem -> out.println(problem.line()));
        long errors = problems.stream().filter(p -> p.severity() >= Diagnostic.ERROR).count();
        long warnings = problems.stream().filter(p -> p.severity() == Diagnostic.WARNING).count();
        out.println(problems.isEmpty() ? "No problems in " + project.directory()
                : errors + plural(" error", errors) + ", " + warnings + plural(" warning", warnings) + " in "
                        + project.directory());
        return errors > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** The leaves of the diagnostic tree: EMF nests a chain per validated object. */
    private static void collect(Diagnostic diagnostic, List<Problem> problems) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() > Diagnostic.OK) {
                problems.add(new Problem(diagnostic.getSeverity(), ruleName(diagnostic), diagnostic.getMessage(),
                        diagnostic.getData().stream().filter(Identifiable.class::isInstance)
                                .map(d -> ((Identifiable) d).getId()).distinct().toList()));
            }
            return;
        }
        diagnostic.getChildren().forEach(child -> collect(child, problems));
    }

    /** The {@link ModelRule} name, or for EMF's own structural checks their source and code. */
    private static String ruleName(Diagnostic diagnostic) {
        return ModelRule.of(diagnostic).map(Enum::name).orElse(diagnostic.getSource() + "#" + diagnostic.getCode());
    }

    private static String plural(String word, long count) {
        return count == 1 ? word : word + "s";
    }

    private record Problem(int severity, String rule, String message, List<String> ids) {

        String line() {
            String severityName = switch (severity) {
                case Diagnostic.INFO -> "info";
                case Diagnostic.WARNING -> "warning";
                default -> "error";
            };
            String idList = ids.isEmpty() ? "" : "  [ids: " + ids.stream().collect(Collectors.joining(", ")) + "]";
            return String.format("%-7s %s %s%s", severityName, rule, message, idList);
        }
    }
}
