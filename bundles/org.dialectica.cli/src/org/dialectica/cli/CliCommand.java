package org.dialectica.cli;

import java.io.PrintStream;

/**
 * One command of {@code dialectica <command> <arguments>}, registered as an OSGi service with the
 * service property {@value #NAME_PROPERTY} set to its {@link #name()}. The command-line application
 * finds commands by that property, so a bundle contributes a command by registering a component:
 *
 * <pre>
 * &#64;Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=stats")
 * public class StatsCommand implements CliCommand { ... }
 * </pre>
 *
 * Commands write results to {@code out} and diagnostics to {@code err}, never to {@code System.out}, so
 * they can run in-process (tests, a future console) as well as from the launcher.
 */
public interface CliCommand {

    /** The service property that carries the command's name. */
    String NAME_PROPERTY = "dialectica.command";

    /** The word that selects the command, e.g. {@code stats}. */
    String name();

    /** Arguments after the name, e.g. {@code <project> [--json]}; printed with usage errors. */
    String synopsis();

    /** One paragraph: what the command does, its options and its exit codes. */
    String help();

    /**
     * Runs the command.
     *
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#FAILED} when some inputs failed (after processing the others)
     * @throws UsageException when the arguments do not fit the synopsis; the caller prints it and exits with
     *         {@link ExitCodes#USAGE}
     */
    int run(CommandArguments args, PrintStream out, PrintStream err) throws UsageException;
}
