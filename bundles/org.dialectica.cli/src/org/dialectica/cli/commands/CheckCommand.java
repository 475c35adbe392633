package org.dialectica.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.dialectica.cli.CliCommand;
import org.dialectica.cli.CommandArguments;
import org.dialectica.cli.ExitCodes;
import org.dialectica.cli.UsageException;
import org.dialectica.cli.internal.ProjectAccess;
import org.dialectica.cli.internal.ProjectAccessException;
import org.dialectica.cli.internal.ProjectIndexes;
import org.dialectica.cli.internal.ProjectIndexes.Consistency;
import org.dialectica.cli.internal.ProjectIndexes.SourceMismatch;
import org.dialectica.cli.internal.ReadOnlyProject;
import org.dialectica.core.project.ProjectService;
import org.dialectica.index.IndexLockedException;
import org.dialectica.index.IndexService;
import org.dialectica.index.OpenOutcome;
import org.dialectica.index.ProjectIndex;
import org.dialectica.model.Identifiable;
import org.dialectica.model.Source;
import org.dialectica.model.validation.ModelRule;
import org.dialectica.model.validation.ModelValidation;
import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code dialectica check <project>}: validates the model against its rules and its stored source texts,
 * compares the search index (when there is one) with the model, and prints one line per problem: severity,
 * rule, message, and the ids of the elements involved.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=check")
public class CheckCommand implements CliCommand {

    /** The rule name printed when a source's stored text is missing: its anchors cannot be checked. */
    static final String SOURCE_TEXT_MISSING = "SOURCE_TEXT_MISSING";

    /** The rule name printed when the search index does not match the model (a warning: search rebuilds it). */
    static final String INDEX_OUT_OF_DATE = "INDEX_OUT_OF_DATE";

    private final ProjectAccess projects;
    private final ProjectIndexes indexes;

    @Activate
    public CheckCommand(@Reference ProjectService projects, @Reference IndexService indexes) {
        this.projects = new ProjectAccess(projects);
        this.indexes = new ProjectIndexes(indexes);
    }

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
                rephrasings, critical questions), and that every source's text is stored. When the project
                has a search index, compares it with the model (passages per source, passages of sources the
                model no longer has, element documents): a mismatch is a warning, as search rebuilds the index.
                Prints one line per problem:  <severity> <RULE> <message> [ids: <element ids>]
                Exit codes: 0 no errors (warnings may be printed), 1 errors or the project cannot be read,
                2 usage error.""";
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws UsageException {
        Path folder = Path.of(args.accept().positionals(1, 1).get(0));
        ReadOnlyProject project;
        try {
            project = projects.readOnly(folder);
        } catch (ProjectAccessException e) {
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
        checkIndex(project, problems);

        problems.forEach(problem -> out.println(problem.line()));
        long errors = problems.stream().filter(p -> p.severity() >= Diagnostic.ERROR).count();
        long warnings = problems.stream().filter(p -> p.severity() == Diagnostic.WARNING).count();
        out.println(problems.isEmpty() ? "No problems in " + project.directory()
                : errors + plural(" error", errors) + ", " + warnings + plural(" warning", warnings) + " in "
                        + project.directory());
        return errors > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /**
     * Compares an existing index with the model; a project without an index has nothing to compare. Opening
     * lets the index service heal what it finds on disk (reported as info), as any search would.
     */
    private void checkIndex(ReadOnlyProject project, List<Problem> problems) {
        if (!ProjectIndexes.exists(project.directory())) {
            return;
        }
        try (ProjectIndex index = indexes.open(project.directory(), project.project())) {
            if (index.openOutcome() != OpenOutcome.OPENED) {
                problems.add(new Problem(Diagnostic.INFO, INDEX_OUT_OF_DATE, "The search index was unusable ("
                        + index.openOutcome() + ") and has been rebuilt from the project.", List.of()));
                return;
            }
            Consistency consistency = ProjectIndexes.consistency(index,
                    ProjectIndexes.content(project.directory(), project.project()), project.project());
            for (SourceMismatch mismatch : consistency.sources()) {
                problems.add(new Problem(Diagnostic.WARNING, INDEX_OUT_OF_DATE, "The search index holds "
                        + mismatch.indexed() + " passages of source " + mismatch.source().getId() + ", its stored text makes "
                        + mismatch.expected() + "; dialectica search rebuilds the index.", List.of(mismatch.source().getId())));
            }
            if (consistency.passagesOfUnknownSources() > 0) {
                problems.add(new Problem(Diagnostic.WARNING, INDEX_OUT_OF_DATE, "The search index holds "
                        + consistency.passagesOfUnknownSources() + " passages of sources the project does not have; "
                        + "dialectica search rebuilds the index.", List.of()));
            }
            if (consistency.indexedElements() != consistency.expectedElements()) {
                problems.add(new Problem(Diagnostic.WARNING, INDEX_OUT_OF_DATE, "The search index holds "
                        + consistency.indexedElements() + " claims, issues, inferences, conflicts and memos, the project "
                        + consistency.expectedElements() + "; dialectica search rebuilds the index.", List.of()));
            }
        } catch (IndexLockedException e) {
            problems.add(new Problem(Diagnostic.INFO, INDEX_OUT_OF_DATE, "The search index was not checked: "
                    + e.getMessage(), List.of()));
        } catch (IOException e) {
            problems.add(new Problem(Diagnostic.WARNING, INDEX_OUT_OF_DATE, "The search index cannot be read: " + e
                    + "; dialectica search rebuilds it.", List.of()));
        }
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
