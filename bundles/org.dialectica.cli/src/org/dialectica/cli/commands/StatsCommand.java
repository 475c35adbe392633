package org.dialectica.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.dialectica.cli.CliCommand;
import org.dialectica.cli.CommandArguments;
import org.dialectica.cli.CommandOption;
import org.dialectica.cli.ExitCodes;
import org.dialectica.cli.UsageException;
import org.dialectica.cli.internal.JsonWriter;
import org.dialectica.cli.internal.ProjectAccess;
import org.dialectica.cli.internal.ProjectAccessException;
import org.dialectica.cli.internal.ReadOnlyProject;
import org.dialectica.core.project.ProjectService;
import org.dialectica.model.AnchorState;
import org.dialectica.model.ConflictKind;
import org.dialectica.model.CriticalQuestionState;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code dialectica stats <project> [--json]}: counts of the model's contents. */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=stats")
public class StatsCommand implements CliCommand {

    private final ProjectAccess projects;

    @Activate
    public StatsCommand(@Reference ProjectService projects) {
        this.projects = new ProjectAccess(projects);
    }

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String synopsis() {
        return "<project> [--json]";
    }

    @Override
    public String help() {
        return """
                Counts the contents of a project: sources, claims, inferences, conflicts by kind, preferences,
                rephrases, issues, anchors by state, schemes, tags, memos and critical-question answers by state.
                --json  print one JSON object (keys in a fixed order, documented in docs/cli.md)
                Exit codes: 0 ok, 1 the project cannot be read, 2 usage error.""";
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws UsageException {
        Path folder = Path.of(args.accept(CommandOption.JSON).positionals(1, 1).get(0));
        ReadOnlyProject project;
        try {
            project = projects.readOnly(folder);
        } catch (ProjectAccessException e) {
            err.println("dialectica stats: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        ModelStatistics stats = ModelStatistics.of(project.project());
        out.println(args.json() ? json(stats) : text(stats, project));
        return ExitCodes.OK;
    }

    /** The JSON document: the keys of the command-line contract first, in its order, then the extras. */
    static String json(ModelStatistics stats) {
        JsonWriter json = new JsonWriter().beginObject()
                .member("sources", stats.sources())
                .member("claims", stats.claims())
                .member("inferences", stats.inferences())
                .member("conflicts", stats.conflicts());
        counts(json.name("conflictsByKind"), stats.conflictsByKind())
                .member("preferences", stats.preferences())
                .member("rephrases", stats.rephrases())
                .member("issues", stats.issues());
        counts(json.name("anchors"), stats.anchorsByState())
                .member("schemes", stats.schemes())
                .member("tags", stats.tags())
                .member("memos", stats.memos());
        return counts(json.name("criticalQuestionAnswers"), stats.answersByState()).endObject().toString();
    }

    /** An object of counts keyed by the lower-case enum literals, in literal order. */
    private static <K extends Enum<K>> JsonWriter counts(JsonWriter json, Map<K, Integer> counts) {
        json.beginObject();
        counts.forEach((key, count) -> json.member(key.name().toLowerCase(Locale.ROOT), count));
        return json.endObject();
    }

    private static String text(ModelStatistics stats, ReadOnlyProject project) {
        StringBuilder text = new StringBuilder();
        text.append(project.project().getName()).append("  (").append(project.directory()).append(")\n");
        line(text, "sources", stats.sources(), "");
        line(text, "claims", stats.claims(), "");
        line(text, "inferences", stats.inferences(), "");
        line(text, "conflicts", stats.conflicts(), String.format("rebut %d, undermine %d, undercut %d",
                stats.conflictsByKind().get(ConflictKind.REBUT), stats.conflictsByKind().get(ConflictKind.UNDERMINE),
                stats.conflictsByKind().get(ConflictKind.UNDERCUT)));
        line(text, "preferences", stats.preferences(), "");
        line(text, "rephrases", stats.rephrases(), "");
        line(text, "issues", stats.issues(), "");
        line(text, "anchors", stats.anchors(), String.format("anchored %d, moved %d, orphaned %d",
                stats.anchorsByState().get(AnchorState.ANCHORED), stats.anchorsByState().get(AnchorState.MOVED),
                stats.anchorsByState().get(AnchorState.ORPHANED)));
        line(text, "schemes", stats.schemes(), "");
        line(text, "tags", stats.tags(), "");
        line(text, "memos", stats.memos(), "");
        line(text, "critical questions", stats.criticalQuestionAnswers(), String.format("open %d, answered %d, failed %d",
                stats.answersByState().get(CriticalQuestionState.OPEN),
                stats.answersByState().get(CriticalQuestionState.ANSWERED),
                stats.answersByState().get(CriticalQuestionState.FAILED)));
        return text.toString().stripTrailing();
    }

    private static void line(StringBuilder text, String label, int count, String detail) {
        text.append(String.format("  %-20s %5d", label, count));
        if (!detail.isEmpty()) {
            text.append("   (").append(detail).append(')');
        }
        text.append('\n');
    }
}
