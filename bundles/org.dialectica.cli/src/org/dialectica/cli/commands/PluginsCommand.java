package org.dialectica.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dialectica.cli.CliCommand;
import org.dialectica.cli.CommandArguments;
import org.dialectica.cli.ExitCodes;
import org.dialectica.cli.UsageException;
import org.dialectica.core.plugins.ContributionFailedException;
import org.dialectica.core.plugins.ContributionProblem;
import org.dialectica.core.plugins.Contributions;
import org.dialectica.core.plugins.FailedComponents;
import org.dialectica.core.plugins.UnresolvedPlugins;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;

/**
 * {@code dialectica plugins <dir>}: the state of the plugins installed from {@code <dir>} (the launcher passes
 * {@code $DIALECTICA_HOME/plugins}) in this very framework: active, or not resolved and why, or with a component that
 * failed to start. Components are started when first used, so each plugin's services are asked for once here, which
 * starts them: a plugin's importer whose {@code @Activate} throws shows up now, not at its first import.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=plugins")
public class PluginsCommand implements CliCommand {

    private static final Duration START_LIMIT = Duration.ofSeconds(10);

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
                their state in the framework: "ok" when OSGi resolved them and their components start, otherwise
                "NOT ACTIVE" and the missing requirement or the component that failed to start. Each plugin's
                services are started to find out. Exit codes: 0 all fine, 1 some are not, 2 usage error.""";
    }

    @Override
    public int run(CommandArguments args, PrintStream out, PrintStream err) throws UsageException {
        Path dir = Path.of(args.accept().positionals(1, 1).get(0)).toAbsolutePath().normalize();
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        List<Bundle> plugins = List.of(context.getBundles()).stream().filter(b -> isIn(b, dir)).toList();
        if (plugins.isEmpty()) {
            out.println("No plugins installed in " + dir + ".");
            return ExitCodes.OK;
        }
        List<ContributionProblem> unstarted = new ArrayList<>();
        for (Bundle plugin : plugins) {
            unstarted.addAll(startServices(context, plugin));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        for (ContributionProblem problem : UnresolvedPlugins.find(context)) {
            problems.putIfAbsent(problem.bundle(), problem.message());
        }
        List<ContributionProblem> failed = FailedComponents.find(context);
        for (ContributionProblem problem : failed) {
            problems.merge(problem.bundle(), problem.message(), (a, b) -> a + "; " + b);
        }
        // A component whose class cannot be loaded or created is not a failed activation to the runtime: it only logs.
        unstarted.stream().filter(u -> failed.stream().noneMatch(f -> f.contribution().equals(u.contribution())))
                .forEach(u -> problems.merge(u.bundle(), u.message(), (a, b) -> a + "; " + b));
        boolean allFine = true;
        for (Bundle plugin : plugins) {
            String id = id(plugin);
            String problem = problems.get(id);
            allFine &= problem == null;
            out.println(id + "  " + (problem == null ? "ok" : "NOT ACTIVE, " + problem));
        }
        return allFine ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static String id(Bundle plugin) {
        return plugin.getSymbolicName() + " " + plugin.getVersion();
    }

    /**
     * Asks once for each service the plugin registered, which starts the component behind it (the runtime records an
     * activation that throws). Returns the services that did not start, named as {@link FailedComponents} names a
     * component, and those whose start hung and was given up.
     */
    private static List<ContributionProblem> startServices(BundleContext context, Bundle plugin) {
        ServiceReference<?>[] services = plugin.getRegisteredServices();
        if (services == null) {
            return List.of();
        }
        List<ContributionProblem> failures = new ArrayList<>();
        for (ServiceReference<?> service : services) {
            Object component = service.getProperty("component.name");
            String contribution = component != null ? "component " + component
                    : "service " + String.join(", ", (String[]) service.getProperty("objectClass"));
            String what = "its " + (component != null
                    ? "component " + FailedComponents.simpleName(component.toString()) : contribution);
            try {
                boolean started = Contributions.callWithin(START_LIMIT, what, () -> {
                    if (context.getService(service) == null) {
                        return false;
                    }
                    context.ungetService(service);
                    return true;
                });
                if (!started) {
                    failures.add(new ContributionProblem(id(plugin), contribution,
                            what + " failed to start (the log has the reason)"));
                }
            } catch (ContributionFailedException e) {
                failures.add(new ContributionProblem(id(plugin), contribution,
                        e.getMessage() + " (the log has the reason)"));
            }
        }
        return failures;
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
