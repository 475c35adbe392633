package org.dialectica.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dialectica.cli.CliCommand;
import org.dialectica.cli.CommandArguments;
import org.dialectica.cli.CommandOption;
import org.dialectica.cli.ExitCodes;
import org.dialectica.cli.UsageException;
import org.dialectica.cli.internal.ProjectAccess;
import org.dialectica.cli.internal.ProjectAccessException;
import org.dialectica.cli.internal.ProjectIndexes;
import org.dialectica.cli.internal.ReadOnlyProject;
import org.dialectica.core.project.ProjectService;
import org.dialectica.index.IndexService;
import org.dialectica.index.QuerySyntaxException;
import org.dialectica.index.SearchHit;
import org.dialectica.index.SearchRequest;
import org.dialectica.index.SearchResult;
import org.dialectica.index.SearchResultJson;
import org.dialectica.model.Project;
import org.dialectica.model.Source;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code dialectica search <project> <query> [--json] [--limit N]}: searches the project's index (built or
 * rebuilt first when it is missing, damaged or does not match the model).
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=search")
public class SearchCommand implements CliCommand {

    /** Marks a match in human output: plain characters, no terminal escapes, rare in running text. */
    static final String MARK_OPEN = "«";
    static final String MARK_CLOSE = "»";

    static final int DEFAULT_LIMIT = 10;

    private final ProjectAccess projects;
    private final ProjectIndexes indexes;

    @Activate
    public SearchCommand(@Reference ProjectService projects, @Reference IndexService indexes) {
        this.projects = new ProjectAccess(projects);
        this.indexes = new ProjectIndexes(indexes);
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String synopsis() {
        return "<project> <query> [--json] [--limit N]";
    }

    @Override
    public String help() {
        return """
                Searches the sources' passages and the model's claims, issues, inferences, conflicts and memos
                (query syntax in docs/search.md: words, "phrases", prefix*, fuzzy~, AND/OR/NOT, type:, tag:,
                source:, year:, is:unanswered ...). Prints the hits with their source, offsets in the stored
                text and a snippet with each match in «», then the facet counts. The index is built when
                missing and rebuilt when damaged or out of date with the project.
                --json     print exactly one JSON object: {"total", "hits": [{"source", "start", "end",
                           "snippet", "type", "id", "score"}], "facets": {...}} (docs/search.md)
                --limit N  at most N hits (default 10)
                Exit codes: 0 ok (also when nothing matched), 1 the project or its index cannot be read,
                2 usage error, including a query that cannot be read (the message points at the place).""";
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws UsageException {
        List<String> positionals = args.accept(CommandOption.JSON, CommandOption.LIMIT).positionals(2, 2);
        int limit = args.limit().orElse(DEFAULT_LIMIT);
        String query = positionals.get(1);
        ReadOnlyProject project;
        try {
            project = projects.readOnly(Path.of(positionals.get(0)));
        } catch (ProjectAccessException e) {
            err.println("dialectica search: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        SearchResult result;
        try (ProjectIndexes.Opened opened = indexes.openCurrent(project.directory(), project.project())) {
            if (opened.note() != null) {
                err.println("dialectica search: " + opened.note() + ".");
            }
            result = opened.index().search(new SearchRequest(query, limit));
        } catch (QuerySyntaxException e) {
            err.println("dialectica search: " + e.getMessage());
            err.println(indent(e.pointer()));
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("dialectica search: cannot use the search index of " + project.directory() + ": "
                    + e.getMessage());
            return ExitCodes.FAILED;
        }
        out.println(args.json() ? SearchResultJson.write(result) : text(query, result, project.project()));
        return ExitCodes.OK;
    }

    private static String indent(String pointer) {
        return pointer.lines().map(line -> "  " + line).collect(Collectors.joining(System.lineSeparator()));
    }

    static String text(String query, SearchResult result, Project project) {
        Map<String, String> titles = project.getSources().stream()
                .collect(Collectors.toMap(Source::getId, s -> s.getTitle() == null ? s.getId() : s.getTitle(), (a, b) -> a));
        StringBuilder text = new StringBuilder();
        text.append(result.total() == 0 ? "No matches" : result.total() == 1 ? "1 match" : result.total() + " matches")
                .append(" for ").append(query);
        if (result.hits().size() < result.total()) {
            text.append(" (showing ").append(result.hits().size()).append(')');
        }
        text.append('\n');
        int rank = 1;
        for (SearchHit hit : result.hits()) {
            text.append('\n').append(rank++).append(". ").append(hit.type().label());
            if (hit.isPassage()) {
                text.append(" in ").append(titles.getOrDefault(hit.sourceId(), hit.sourceId())).append(" [")
                        .append(hit.start()).append('-').append(hit.end()).append(']');
                if (hit.matches().size() > 1) {
                    text.append(", ").append(hit.matches().size()).append(" matches");
                }
            } else {
                text.append(' ').append(hit.id());
                if (hit.sourceId() != null) {
                    text.append(" (").append(titles.getOrDefault(hit.sourceId(), hit.sourceId())).append(')');
                }
            }
            text.append("\n   ").append(oneLine(hit.snippet().marked(MARK_OPEN, MARK_CLOSE))).append('\n');
        }
        if (!result.facets().isEmpty() && result.total() > 0) {
            text.append('\n');
            result.facets().forEach((dimension, values) -> {
                if (!values.isEmpty()) {
                    text.append(String.format("%-7s", dimension)).append(values.entrySet().stream()
                            .map(e -> ("source".equals(dimension) ? titles.getOrDefault(e.getKey(), e.getKey()) : e.getKey())
                                    + " " + e.getValue())
                            .collect(Collectors.joining(", "))).append('\n');
                }
            });
        }
        return text.toString().stripTrailing();
    }

    private static String oneLine(String snippet) {
        return snippet.replaceAll("\\s*\\n\\s*", " ").strip();
    }
}
