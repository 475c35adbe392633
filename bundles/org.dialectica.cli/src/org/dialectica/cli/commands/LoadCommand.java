package org.dialectica.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dialectica.cli.CliCommand;
import org.dialectica.cli.CommandArguments;
import org.dialectica.cli.ExitCodes;
import org.dialectica.cli.UsageException;
import org.dialectica.cli.internal.ProjectAccess;
import org.dialectica.cli.internal.ProjectAccessException;
import org.dialectica.cli.internal.ProjectIndexes;
import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectService;
import org.dialectica.index.ElementDoc;
import org.dialectica.index.IndexService;
import org.dialectica.index.OpenOutcome;
import org.dialectica.index.ProjectIndex;
import org.dialectica.index.model.ElementMapper;
import org.dialectica.interchange.ImportReport;
import org.dialectica.interchange.ImportedArguments;
import org.dialectica.interchange.InterchangeException;
import org.dialectica.interchange.InterchangeService;
import org.dialectica.interchange.LoadArgumentsCommand;
import org.dialectica.model.Element;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code dialectica load <project> <file.json|file.argdown>}: reads AIF JSON or Argdown and adds its
 * arguments to the project as one command (the workbench's undo removes the whole file), then saves.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=load")
public class LoadCommand implements CliCommand {

    private final ProjectAccess projects;
    private final InterchangeService interchange;
    private final ProjectIndexes indexes;

    @Activate
    public LoadCommand(@Reference ProjectService projects, @Reference InterchangeService interchange,
            @Reference IndexService indexes) {
        this.projects = new ProjectAccess(projects);
        this.interchange = interchange;
        this.indexes = new ProjectIndexes(indexes);
    }

    @Override
    public String name() {
        return "load";
    }

    @Override
    public String synopsis() {
        return "<project> <file.json|file.argdown>";
    }

    @Override
    public String help() {
        return """
                Loads the arguments of an AIF JSON file (.json, .aif) or an Argdown file (.argdown, .ad) into an
                existing project: claims, inferences, conflicts, preferences, rephrases, issues, schemes and
                tags, as one change (one undo in the workbench). Schemes and tags the project has are reused.
                The whole file is read and checked first: on any error nothing is loaded. Prints what was
                kept, each item skipped and why, and warnings; saves; updates the search index.
                Exit codes: 0 ok, 1 the file cannot be read (the message gives line and column) or the
                project cannot be opened, 2 usage error.""";
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws UsageException {
        List<String> positionals = args.accept().positionals(2, 2);
        Path folder = Path.of(positionals.get(0));
        Path file = Path.of(positionals.get(1)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            err.println("dialectica load: no such file: " + file);
            return ExitCodes.FAILED;
        }
        try (OpenProject project = projects.open(folder)) {
            LoadArgumentsCommand loaded = interchange.load(project, file);
            ImportedArguments arguments = loaded.imported();
            out.println("Loaded " + file + " into " + project.directory() + ":");
            print(arguments.report(), out);
            if (!loaded.reusedSchemes().isEmpty()) {
                out.println("  reused the project's schemes: " + loaded.reusedSchemes().stream()
                        .map(s -> s.getName()).collect(Collectors.joining(", ")));
            }
            ProjectAccess.saveIfDirty(project);
            updateIndex(project, arguments, err);
            return ExitCodes.OK;
        } catch (ProjectAccessException e) {
            err.println("dialectica load: " + e.getMessage());
        } catch (InterchangeException e) {
            err.println("dialectica load: " + e.getMessage());
            err.println("Nothing was loaded.");
        } catch (IOException e) {
            err.println("dialectica load: cannot read " + file + ": " + e.getMessage());
        }
        return ExitCodes.FAILED;
    }

    private static void print(ImportReport report, PrintStream out) {
        out.println("  kept: " + (report.keptCounts().isEmpty() ? "nothing" : report.keptCounts().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))));
        report.skipped().forEach(line -> out.println("  skipped " + line));
        report.warnings().forEach(line -> out.println("  warning: " + line));
    }

    /** Adds the loaded elements to an index that was current; a rebuilt one has them already. */
    private void updateIndex(OpenProject project, ImportedArguments arguments, PrintStream err) {
        List<Element> elements = new ArrayList<>(arguments.nodes());
        elements.addAll(arguments.issues());
        try (ProjectIndex index = indexes.open(project.directory(), project.model())) {
            if (index.openOutcome() == OpenOutcome.OPENED) {
                List<ElementDoc> docs = elements.stream().map(ElementMapper::toDoc).flatMap(Optional::stream).toList();
                index.indexElements(docs);
            }
        } catch (IOException e) {
            err.println("dialectica load: the search index was not updated (" + e.getMessage()
                    + "); dialectica search will rebuild it.");
        }
    }
}
