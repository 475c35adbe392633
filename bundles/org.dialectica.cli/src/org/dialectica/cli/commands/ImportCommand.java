package org.dialectica.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dialectica.cli.CliCommand;
import org.dialectica.cli.CommandArguments;
import org.dialectica.cli.CommandOption;
import org.dialectica.cli.ExitCodes;
import org.dialectica.cli.UsageException;
import org.dialectica.cli.internal.ProjectAccess;
import org.dialectica.cli.internal.ProjectAccessException;
import org.dialectica.cli.internal.ProjectIndexes;
import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.core.project.ProjectService;
import org.dialectica.importer.ImportOptions;
import org.dialectica.importer.ImportReport;
import org.dialectica.importer.ImportReport.FileResult;
import org.dialectica.importer.ImportReport.Status;
import org.dialectica.importer.ImportService;
import org.dialectica.index.IndexService;
import org.dialectica.index.OpenOutcome;
import org.dialectica.index.ProjectIndex;
import org.dialectica.index.model.ElementMapper;
import org.dialectica.index.model.PassageMapper;
import org.dialectica.model.Element;
import org.dialectica.model.Source;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code dialectica import <project> <file|folder>...}: imports sources with {@link ImportService}, creating
 * the project when the folder is new or empty, saves, and brings the search index up to date.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=import")
public class ImportCommand implements CliCommand {

    private final ProjectAccess projects;
    private final ImportService importer;
    private final ProjectIndexes indexes;

    @Activate
    public ImportCommand(@Reference ProjectService projects, @Reference ImportService importer,
            @Reference IndexService indexes) {
        this.projects = new ProjectAccess(projects);
        this.importer = importer;
        this.indexes = new ProjectIndexes(indexes);
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String synopsis() {
        return "<project> <file|folder>... [--include GLOB]... [--exclude GLOB]...";
    }

    @Override
    public String help() {
        return """
                Imports files (PDF, Word, OpenDocument, RTF, HTML, EPUB, text, Markdown...) into a project as
                sources, creating the project (named after its folder) when the folder is new or empty.
                Folders are searched recursively; hidden files are skipped. Content already in the project
                is left unchanged. Prints one line per file, then a summary; saves; updates the search index.
                --include GLOB  in folders, import only files matching GLOB (e.g. '*.pdf'); repeatable
                --exclude GLOB  in folders, skip files matching GLOB (e.g. 'drafts/**'); repeatable
                Files named on the command line are always taken.
                Exit codes: 0 ok, 1 some files failed (the others were imported and saved) or the project
                cannot be opened, 2 usage error.""";
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws UsageException {
        List<String> positionals = args.accept(CommandOption.INCLUDE, CommandOption.EXCLUDE)
                .positionals(2, Integer.MAX_VALUE);
        Path folder = Path.of(positionals.get(0)).toAbsolutePath().normalize();
        List<Path> inputs = new ArrayList<>();
        positionals.subList(1, positionals.size()).forEach(p -> inputs.add(Path.of(p).toAbsolutePath().normalize()));
        ImportOptions options = ImportOptions.defaults()
                .withIncludes(args.values(CommandOption.INCLUDE).toArray(String[]::new))
                .withExcludes(args.values(CommandOption.EXCLUDE).toArray(String[]::new));

        try (OpenProject project = projects.openOrCreate(folder)) {
            ImportReport report = importer.importPaths(project, inputs, options, new NullProgressMonitor());
            for (FileResult result : report.results()) {
                out.println(line(project, result));
            }
            out.println(summary(report, project));
            ProjectAccess.saveIfDirty(project);
            updateIndex(project, report, err);
            return report.failures().isEmpty() && !report.cancelled() ? ExitCodes.OK : ExitCodes.FAILED;
        } catch (ProjectAccessException e) {
            err.println("dialectica import: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private static String line(OpenProject project, FileResult result) {
        return switch (result.status()) {
            case IMPORTED -> "imported " + result.file() + " -> " + title(project, result.sourceId())
                    + (result.message() == null ? "" : " (" + result.detail() + ")");
            case UNCHANGED -> "unchanged " + result.file();
            case UPDATED -> "updated " + result.file() + ": " + result.detail();
            case FAILED -> "failed " + result.file() + ": " + result.detail() + " ("
                    + result.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
        };
    }

    private static String title(OpenProject project, String sourceId) {
        return source(project, sourceId).map(Source::getTitle).orElse(sourceId);
    }

    private static java.util.Optional<Source> source(OpenProject project, String sourceId) {
        return project.model().getSources().stream().filter(s -> s.getId().equals(sourceId)).findFirst();
    }

    private static String summary(ImportReport report, OpenProject project) {
        return report.count(Status.IMPORTED) + " imported, " + report.count(Status.UPDATED) + " updated, "
                + report.count(Status.UNCHANGED) + " unchanged, "
                + report.count(Status.FAILED) + " failed" + (report.cancelled() ? ", cancelled" : "") + "; project "
                + project.directory() + " has " + project.model().getSources().size() + " sources";
    }

    /**
     * Adds the new sources' passages to an index that was already current; an index the service had to
     * create or rebuild was built from the saved model and has them already. The index is derived data: a
     * failure here is reported but does not fail the import (search rebuilds what does not match).
     */
    private void updateIndex(OpenProject project, ImportReport report, PrintStream err) {
        try (ProjectIndex index = indexes.open(project.directory(), project.model())) {
            if (index.openOutcome() != OpenOutcome.OPENED) {
                return;
            }
            for (FileResult result : report.results()) {
                if (result.status() == Status.IMPORTED || result.status() == Status.UPDATED) {
                    Source source = source(project, result.sourceId()).orElseThrow();
                    index.indexPassages(source.getId(), PassageMapper.passages(source, project.textOf(source)));
                }
                if (result.anchors() != null) {
                    // Moved anchors change what the elements quoting them show in search.
                    index.indexElements(result.anchors().outcomes().stream()
                            .map(outcome -> outcome.anchor().eContainer())
                            .filter(Element.class::isInstance).map(Element.class::cast).distinct()
                            .flatMap(element -> ElementMapper.toDoc(element).stream())
                            .toList());
                }
            }
        } catch (IOException | ProjectException e) {
            err.println("dialectica import: the search index was not updated (" + e.getMessage()
                    + "); dialectica search will rebuild it.");
        }
    }
}
