package org.dialectica.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Path;
import java.util.List;

import org.dialectica.cli.CliCommand;
import org.dialectica.cli.CommandArguments;
import org.dialectica.cli.ExitCodes;
import org.dialectica.cli.UsageException;
import org.dialectica.sample.SampleProjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code dialectica sample <dir>}: writes a copy of the sample project. */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=sample")
public class SampleCommand implements CliCommand {

    private final SampleProjects samples;

    @Activate
    public SampleCommand(@Reference SampleProjects samples) {
        this.samples = samples;
    }

    @Override
    public String name() {
        return "sample";
    }

    @Override
    public String synopsis() {
        return "<dir>";
    }

    @Override
    public String help() {
        return """
                Writes a copy of the sample project (an annotated article on a US-Russian joint operation
                against ISIS) into <dir>, which must be new or empty: nothing is overwritten.
                Exit codes: 0 ok, 1 <dir> is not empty or cannot be written, 2 usage error.""";
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws UsageException {
        Path directory = Path.of(args.accept().positionals(1, 1).get(0)).toAbsolutePath().normalize();
        try {
            List<Path> files = samples.copyTo(directory);
            out.println("Wrote the sample project to " + directory + " (" + files.size() + " files).");
            out.println("Open it with: dialectica open " + directory);
            return ExitCodes.OK;
        } catch (DirectoryNotEmptyException e) {
            err.println("dialectica sample: " + directory + " is not empty; choose a new or empty folder.");
        } catch (IOException e) {
            err.println("dialectica sample: cannot write " + directory + ": " + e);
        }
        return ExitCodes.FAILED;
    }
}
