package org.dialectica.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.dialectica.cli.CliCommand;
import org.dialectica.cli.CommandArguments;
import org.dialectica.cli.CommandOption;
import org.dialectica.cli.ExitCodes;
import org.dialectica.cli.UsageException;

/**
 * Turns {@code <command> <arguments>} into a run of a {@link CliCommand} and an exit code: finds the
 * command, parses its arguments, prints usage errors with the command's synopsis, and keeps an unexpected
 * exception in one command from escaping as a stack trace without context.
 */
public final class CommandDispatcher {

    static final String PROGRAM = "dialectica";

    private final CommandLookup commands;

    public CommandDispatcher(CommandLookup commands) {
        this.commands = commands;
    }

    /** Runs {@code args[0]} with the remaining arguments; returns the exit code. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
            return args.length > 1 ? help(args[1], out, err) : overview(args.length == 0 ? err : out,
                    args.length == 0 ? ExitCodes.USAGE : ExitCodes.OK);
        }
        String name = args[0];
        Optional<CliCommand> found = commands.find(name);
        if (found.isEmpty()) {
            err.println(PROGRAM + ": '" + name + "' is not an available command.");
            overview(err, ExitCodes.USAGE);
            return ExitCodes.USAGE;
        }
        CliCommand command = found.get();
        try {
            CommandArguments arguments = CommandArguments.parse(Arrays.asList(args).subList(1, args.length));
            if (arguments.has(CommandOption.HELP)) {
                printHelp(command, out);
                return ExitCodes.OK;
            }
            return command.run(arguments, out, err);
        } catch (UsageException e) {
            err.println(PROGRAM + " " + name + ": " + e.getMessage());
            err.println("usage: " + PROGRAM + " " + name + " " + command.synopsis());
            return ExitCodes.USAGE;
        } catch (RuntimeException e) {
            err.println(PROGRAM + " " + name + ": internal error, please report it with this trace:");
            e.printStackTrace(err);
            return ExitCodes.FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int help(String name, PrintStream out, PrintStream err) {
        Optional<CliCommand> command = commands.find(name);
        if (command.isEmpty()) {
            err.println(PROGRAM + ": '" + name + "' is not an available command.");
            return overview(err, ExitCodes.USAGE);
        }
        printHelp(command.get(), out);
        return ExitCodes.OK;
    }

    private int overview(PrintStream stream, int exitCode) {
        stream.println("usage: " + PROGRAM + " <command> [arguments]   (" + PROGRAM + " help <command> for details)");
        for (CliCommand command : commands.all()) {
            stream.println("  " + PROGRAM + " " + command.name() + " " + command.synopsis());
        }
        stream.println("Exit codes: 0 ok, 1 some inputs failed, 2 usage error or command not available.");
        return exitCode;
    }

    private static void printHelp(CliCommand command, PrintStream out) {
        out.println("usage: " + PROGRAM + " " + command.name() + " " + command.synopsis());
        out.println();
        out.println(command.help());
    }
}
