package org.dialectica.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dialectica.cli.CliCommand;
import org.dialectica.cli.CommandArguments;
import org.dialectica.cli.ExitCodes;
import org.dialectica.cli.UsageException;
import org.dialectica.core.plugins.ContributionProblem;
import org.dialectica.core.plugins.UnresolvedPlugins;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

/**
 * {@code dialectica plugins <dir>}: the state of the plugins installed from {@code <dir>} (the launcher passes
 * {@code $DIALECTICA_HOME/plugins}) in this very framework: active, or not resolved and why.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=plugins")
public class PluginsCommand implements CliCommand {

    @Override
    public String name() {
        return "plugins";
    }

    @Override
    public String synopsis() {
        return "<plugins-dir>";
    }

    @Override
    public String help() {
        return """
                Lists the bundles installed from <plugins-dir> (./dialectica passes $DIALECTICA_HOME/plugins) with
                their state in the framework: "ok" when OSGi resolved them, otherwise "NOT ACTIVE" and the missing
                requirement. Exit codes: 0 all resolved, 1 some are not, 2 usage error.""";
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws UsageException {
        Path dir = Path.of(args.accept().positionals(1, 1).get(0)).toAbsolutePath().normalize();
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        Map<String, String> unresolved = UnresolvedPlugins.find(context).stream()
                .collect(Collectors.toMap(ContributionProblem::bundle, ContributionProblem::message, (a, b) -> a));
        List<Bundle> plugins = List.of(context.getBundles()).stream().filter(b -> isIn(b, dir)).toList();
        if (plugins.isEmpty()) {
            out.println("No plugins installed in " + dir + ".");
            return ExitCodes.OK;
        }
        boolean allResolved = true;
        for (Bundle plugin : plugins) {
            String id = plugin.getSymbolicName() + " " + plugin.getVersion();
            String problem = unresolved.get(id);
            allResolved &= problem == null;
            out.println(id + "  " + (problem == null ? "ok" : "NOT ACTIVE, " + problem));
        }
        return allResolved ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static boolean isIn(Bundle bundle, Path dir) {
        String location = bundle.getLocation();
        int file = location.indexOf("file:");
        if (file < 0) {
            return false;
        }
        try {
            return Path.of(location.substring(file + "file:".length())).toAbsolutePath().normalize().startsWith(dir);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
