package org.dialectica.cli.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dialectica.cli.CliCommand;
import org.dialectica.cli.CommandArguments;
import org.dialectica.cli.CommandOption;
import org.dialectica.cli.ExitCodes;
import org.dialectica.cli.UsageException;
import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.core.project.ProjectService;
import org.dialectica.team.MergeConflict;
import org.dialectica.team.PullResult;
import org.dialectica.team.SyncResult;
import org.dialectica.team.TeamException;
import org.dialectica.team.TeamService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code dialectica sync <project> [--message M]}: commit, pull (merging the model element by element), push.
 * The project is held open, and so locked, while it runs: a workbench editing it makes the command fail
 * instead of racing it.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=sync")
public class SyncCommand implements CliCommand {

    private final TeamService team;
    private final ProjectService projects;

    @Activate
    public SyncCommand(@Reference TeamService team, @Reference ProjectService projects) {
        this.team = team;
        this.projects = projects;
    }

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public String synopsis() {
        return "<project> [--message M]";
    }

    @Override
    public String help() {
        return """
                Shares a project through git: commits every change (model and sources) with message M,
                then, when the project has a remote (origin), pulls and pushes. A project that is not a git
                repository yet becomes one. Pulls merge dialectica.xmi element by element: edits of different
                elements never conflict; the same attribute of the same element changed on both sides is a
                conflict, printed one per line. Ours is kept, theirs is in the merge commit; a merge with
                conflicts is not pushed (review it, then sync again).
                Exit codes: 0 ok, 1 conflicts or failure (e.g. the project is open in the workbench), 2 usage error.""";
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws UsageException {
        Path directory = Path.of(args.accept(CommandOption.MESSAGE).positionals(1, 1).get(0)).toAbsolutePath().normalize();
        String message = args.value(CommandOption.MESSAGE).orElse("Sync " + directory.getFileName());
        if (!Files.isDirectory(directory)) {
            err.println("dialectica sync: " + directory + " does not exist.");
            return ExitCodes.FAILED;
        }
        // Held open only for its lock: the files must not change under a workbench that has the project.
        try (OpenProject locked = projects.open(directory, null)) {
            boolean shared = team.isShared(directory);
            SyncResult result = team.sync(directory, message, null);
            if (!shared) {
                out.println("Initialised a git repository in " + directory);
            }
            out.println(result.commit().map(id -> "Committed " + id.substring(0, 10) + ": " + message)
                    .orElse("Nothing to commit"));
            report(result.pull(), out);
            if (result.pushed()) {
                out.println("Pushed to " + TeamService.REMOTE);
            }
            if (result.pull().hasConflicts()) {
                out.println("Not pushed: review the conflicts, then run sync again.");
                return ExitCodes.FAILED;
            }
            return ExitCodes.OK;
        } catch (ProjectException | TeamException failed) {
            err.println("dialectica sync: " + failed.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private static void report(PullResult pull, PrintStream out) {
        switch (pull.outcome()) {
            case UP_TO_DATE -> out.println("Up to date");
            case FAST_FORWARD -> out.println("Pulled (fast-forward)");
            case MERGED -> out.println("Merged the remote's changes");
        }
        for (MergeConflict conflict : pull.conflicts()) {
            out.println("conflict " + conflict.describe());
        }
        for (String file : pull.fileConflicts()) {
            out.println("conflict file " + file + ": kept ours");
        }
        for (String problem : pull.problems()) {
            out.println(problem);
        }
    }
}
