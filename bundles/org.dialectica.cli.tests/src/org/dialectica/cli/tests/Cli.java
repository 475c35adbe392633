package org.dialectica.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.dialectica.cli.internal.CommandDispatcher;
import org.dialectica.cli.internal.ServiceCommandLookup;
import org.dialectica.model.Project;
import org.dialectica.model.resource.DialecticaResourceFactory;
import org.dialectica.model.resource.DialecticaResources;
import org.dialectica.sample.SampleProjects;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs commands in-process the way the application does: the {@code CliCommand} services registered by
 * Declarative Services, dispatched with captured output streams.
 */
final class Cli {

    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ServiceCommandLookup commands = new ServiceCommandLookup(
                FrameworkUtil.getBundle(Cli.class).getBundleContext(), TimeUnit.SECONDS.toMillis(10));
                PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int exit = new CommandDispatcher(commands).run(args, outStream, errStream);
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** A fresh copy of the shipped sample project in {@code directory}. */
    static Path sample(Path directory) throws IOException {
        new SampleProjects(FrameworkUtil.getBundle(SampleProjects.class)).copyTo(directory);
        return directory;
    }

    /** Loads a project with plain EMF, independently of the CLI's reader. */
    static Project load(Path directory) throws IOException {
        Resource resource = DialecticaResources.configure(new ResourceSetImpl()).createResource(
                URI.createFileURI(directory.resolve(DialecticaResourceFactory.PROJECT_FILE_NAME).toString()));
        resource.load(null);
        return (Project) resource.getContents().get(0);
    }
}
