package org.dialectica.cli.internal;

import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.dialectica.core.plugins.ContributionProblem;
import org.dialectica.core.plugins.UnresolvedPlugins;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The headless application {@code org.dialectica.cli.app}: runs one command given on the command line and
 * returns its exit code, which the Equinox launcher passes to the shell. Loads no UI: only the command's
 * bundles are activated.
 */
public final class CliApplication implements IApplication {

    /** How long to wait for the commands' components; far more than DS needs, and bounded. */
    private static final long COMMAND_TIMEOUT_MILLIS = TimeUnit.SECONDS.toMillis(15);

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        BundleContext bundles = FrameworkUtil.getBundle(getClass()).getBundleContext();
        if (args == null || args.length == 0 || !"plugins".equals(args[0])) {
            // A plugin with missing dependencies is otherwise silently absent; `plugins` reports it itself.
            for (ContributionProblem problem : UnresolvedPlugins.find(bundles)) {
                System.err.println("dialectica: warning: plugin " + problem.bundle() + " is not active, "
                        + problem.message());
            }
        }
        try (ServiceCommandLookup commands = new ServiceCommandLookup(
                bundles, COMMAND_TIMEOUT_MILLIS)) {
            return new CommandDispatcher(commands).run(args == null ? new String[0] : args, System.out, System.err);
        }
    }

    @Override
    public void stop() {
        // Commands are short and finish on their own; there is nothing to interrupt.
    }
}
