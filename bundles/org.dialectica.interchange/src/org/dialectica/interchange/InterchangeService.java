package org.dialectica.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dialectica.core.plugins.ContributionFailedException;
import org.dialectica.core.plugins.Contributions;
import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.model.validation.SourceTextProvider;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The entry points the command line and the workbench use: export in a format by id, read a file by its
 * extension, load a file into an open project as one undoable command.
 *
 * <pre>
 * service.export(openProject, ExportScope.wholeProject(), "argdown", Map.of(), out);   // dialectica export
 * LoadArgumentsCommand loaded = service.load(openProject, Path.of("debate.json"));      // dialectica load
 * System.out.println(loaded.imported().report().summary());
 * </pre>
 */
@Component(service = InterchangeService.class)
public final class InterchangeService {

    /**
     * How long a plugin's exporter or reader may take before it counts as stuck and is disabled. Generous: a report
     * of a large project may take a while, and the time only matters when a plugin loops.
     */
    static final Duration DEFAULT_PLUGIN_LIMIT = Duration.ofMillis(Long.getLong("dialectica.formatTimeoutMillis",
            120_000));

    private InterchangeRegistry registry;
    private volatile Duration pluginLimit = DEFAULT_PLUGIN_LIMIT;

    /** For OSGi; the registry is injected. */
    public InterchangeService() {
    }

    /** How long a plugin's format may run before it is abandoned and disabled; tests shorten it. */
    public void setPluginTimeLimit(Duration limit) {
        this.pluginLimit = limit;
    }

    public InterchangeService(InterchangeRegistry registry) {
        this.registry = registry;
    }

    @Reference
    void setRegistry(InterchangeRegistry registry) {
        this.registry = registry;
    }

    public InterchangeRegistry registry() {
        return registry;
    }

    /** Exports with the exporter {@code formatId} (e.g. aif, argdown, markdown, html, csv). */
    public void export(ExportContext context, String formatId, OutputStream out) throws InterchangeException, IOException {
        ArgumentExporter exporter = registry.exporter(formatId).orElseThrow(() -> new InterchangeException(null,
                "unknown export format \"" + formatId + "\"; known formats: " + registry.exporters().stream()
                        .map(ArgumentExporter::id).collect(Collectors.joining(", "))));
        if (Contributions.isOwn(exporter, InterchangeService.class)) {
            exporter.export(context, out);
            return;
        }
        callPlugin(exporter, "exporter " + exporter.id(), () -> {
            exporter.export(context, out);
            return null;
        });
    }

    /**
     * Runs a plugin's format so that it cannot take the export, the load or the workbench down: an
     * {@link InterchangeException} or {@link IOException} is its verdict and passes as it is; anything else it throws,
     * a class it cannot load, or not returning within the limit disables it (see
     * {@link InterchangeRegistry#disable}) and fails this call with a message naming its bundle.
     */
    private <T> T callPlugin(Object format, String contribution, Contributions.Call<T, Exception> call)
            throws InterchangeException, IOException {
        String what = contribution + " (" + Contributions.bundleOf(format) + ")";
        try {
            return Contributions.callWithin(pluginLimit, what, Verdict.class, () -> {
                try {
                    return call.call();
                } catch (InterchangeException | IOException expected) {
                    throw new Verdict(expected);
                } catch (Exception unexpected) {
                    throw new IllegalStateException(unexpected);
                }
            });
        } catch (Verdict verdict) {
            if (verdict.getCause() instanceof InterchangeException e) {
                throw e;
            }
            throw (IOException) verdict.getCause();
        } catch (ContributionFailedException e) {
            registry.disable(format, contribution, e.getMessage());
            throw new InterchangeException(null, e.getMessage() + ". It is disabled for this session.", e);
        }
    }

    /** Carries a format's own checked exception out of {@link Contributions#callWithin}, which declares one type. */
    private static final class Verdict extends Exception {
        private static final long serialVersionUID = 1L;

        Verdict(Exception cause) {
            super(cause);
        }
    }

    /** Exports an open project, with its source texts and folder. */
    public void export(OpenProject project, ExportScope scope, String formatId, Map<String, String> options,
            OutputStream out) throws InterchangeException, IOException {
        export(new ExportContext(project.model(), scope, texts(project), project.directory(), options), formatId, out);
    }

    /** Reads a file with the reader for its extension; nothing is loaded anywhere. */
    public ImportedArguments read(Path file) throws InterchangeException, IOException {
        String name = file.getFileName().toString();
        ArgumentReader reader = registry.readerFor(name).orElseThrow(() -> new InterchangeException(name,
                "no reader for this kind of file; known extensions: " + registry.readers().stream()
                        .flatMap(r -> r.fileExtensions().stream()).collect(Collectors.joining(", "))));
        return read(file, reader);
    }

    /** Reads a file with the reader {@code readerId}, whatever its extension. */
    public ImportedArguments read(Path file, String readerId) throws InterchangeException, IOException {
        String name = file.getFileName().toString();
        ArgumentReader reader = registry.reader(readerId).orElseThrow(() -> new InterchangeException(name,
                "unknown reader \"" + readerId + "\""));
        return read(file, reader);
    }

    private ImportedArguments read(Path file, ArgumentReader reader) throws InterchangeException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            if (Contributions.isOwn(reader, InterchangeService.class)) {
                return reader.read(in, file.getFileName().toString());
            }
            String contribution = "reader " + reader.id();
            ImportedArguments read = callPlugin(reader, contribution,
                    () -> reader.read(in, file.getFileName().toString()));
            if (read == null) {
                registry.disable(reader, contribution, "it returned nothing");
                throw new InterchangeException(file.getFileName().toString(), contribution + " ("
                        + Contributions.bundleOf(reader) + ") returned nothing. It is disabled for this session.");
            }
            return read;
        }
    }

    /**
     * Reads {@code file} completely, then adds its arguments to the project in one command on the project's
     * command stack (one undo removes them). On any error nothing is added.
     */
    public LoadArgumentsCommand load(OpenProject project, Path file) throws InterchangeException, IOException {
        ImportedArguments imported = read(file);
        return LoadArgumentsCommand.load(project.editingDomain(), project.model(), imported);
    }

    /** The project's source texts; a missing text file reads as "no text" rather than failing the export. */
    static SourceTextProvider texts(OpenProject project) {
        return source -> {
            try {
                return Optional.of(project.texts().text(source));
            } catch (ProjectException e) {
                return Optional.empty();
            }
        };
    }
}
