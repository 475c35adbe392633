package org.dialectica.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dialectica.cli.CliCommand;
import org.dialectica.cli.CommandArguments;
import org.dialectica.cli.CommandOption;
import org.dialectica.cli.ExitCodes;
import org.dialectica.cli.UsageException;
import org.dialectica.cli.internal.AtomicOutput;
import org.dialectica.cli.internal.ProjectAccess;
import org.dialectica.cli.internal.ProjectAccessException;
import org.dialectica.cli.internal.ReadOnlyProject;
import org.dialectica.core.project.ProjectService;
import org.dialectica.interchange.ArgumentExporter;
import org.dialectica.interchange.ExportContext;
import org.dialectica.interchange.ExportScope;
import org.dialectica.interchange.InterchangeException;
import org.dialectica.interchange.InterchangeService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code dialectica export <project> --format F [-o file]}: the project in an interchange or report format. */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=export")
public class ExportCommand implements CliCommand {

    private final ProjectAccess projects;
    private final InterchangeService interchange;

    @Activate
    public ExportCommand(@Reference ProjectService projects, @Reference InterchangeService interchange) {
        this.projects = new ProjectAccess(projects);
        this.interchange = interchange;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String synopsis() {
        return "<project> --format aif|argdown|markdown|html|csv [-o <file>]";
    }

    @Override
    public String help() {
        return """
                Exports the whole project (docs/interchange.md):
                  aif       AIF JSON (nodes, edges; schemes and conflict kinds as extension fields)
                  argdown   Argdown statements, arguments and issues as headings
                  markdown  research report in Markdown
                  html      research report in HTML
                  csv       one row per text anchor (RFC 4180)
                -o FILE  write to FILE (replaced atomically: the old file stays if the export fails);
                         without it, the export goes to standard output
                Exit codes: 0 ok, 1 the project cannot be read or the export failed, 2 usage error
                (including an unknown format).""";
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws UsageException {
        Path folder = Path.of(args.accept(CommandOption.FORMAT, CommandOption.OUTPUT).positionals(1, 1).get(0));
        String format = args.format().orElseThrow(() -> new UsageException("--format is required"));
        List<String> known = interchange.registry().exporters().stream().map(ArgumentExporter::id).sorted().toList();
        if (!known.contains(format)) {
            throw new UsageException("unknown format " + format + "; known formats: " + String.join(", ", known));
        }
        Optional<Path> output = args.output();
        ReadOnlyProject project;
        try {
            project = projects.readOnly(folder);
        } catch (ProjectAccessException e) {
            err.println("dialectica export: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        ExportContext context = new ExportContext(project.project(), ExportScope.wholeProject(), project,
                project.directory(), Map.of());
        try {
            if (output.isPresent()) {
                AtomicOutput.write(output.get(), stream -> interchange.export(context, format, stream));
                out.println("Wrote " + output.get().toAbsolutePath().normalize() + " (" + format + ").");
            } else {
                interchange.export(context, format, out);
                out.flush();
            }
            return ExitCodes.OK;
        } catch (InterchangeException | IOException e) {
            err.println("dialectica export: " + (output.map(p -> "cannot write " + p + ": ").orElse("")) + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
