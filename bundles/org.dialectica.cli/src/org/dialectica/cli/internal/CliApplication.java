package org.dialectica.cli.internal;

import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
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
        try (ServiceCommandLookup commands = new ServiceCommandLookup(
                FrameworkUtil.getBundle(getClass()).getBundleContext(), COMMAND_TIMEOUT_MILLIS)) {
            return new CommandDispatcher(commands).run(args == null ? new String[0] : args, System.out, System.err);
        }
    }

    @Override
    public void stop() {
        // Commands are short and finish on their own; there is nothing to interrupt.
    }
}
