package org.dialectica.importer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.dialectica.core.plugins.ContributionProblem;
import org.dialectica.core.plugins.ContributionProblems;
import org.dialectica.core.plugins.Contributions;

import org.dialectica.importer.internal.ExtensionImporterReader;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Knows every {@link SourceImporter} and picks one for a file. Importers come from the extension point
 * {@value #EXTENSION_POINT_ID}, from OSGi services of type {@link SourceImporter} (priority = service
 * ranking, id = the {@value #SERVICE_ID_PROPERTY} property or the class name) or from {@link #register}.
 * <p>
 * Picking: an importer that names the file's media type or extension beats one that only accepts the
 * media type's family ({@code text/*}), which beats a catch-all ({@code *}{@code /*}); among equally
 * specific importers the highest priority wins, then the smallest id, so the choice is deterministic.
 * An importer that fails ({@link ImportService} finds out) is {@link #disable disabled} and no longer offered.
 */
@Component(service = ImporterRegistry.class)
public final class ImporterRegistry implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ImporterRegistry.class.getName());

    /** The id of the extension point importers are contributed to. */
    public static final String EXTENSION_POINT_ID = "org.dialectica.importer.sourceImporters";
    /** Service property naming a {@link SourceImporter} service's id. */
    public static final String SERVICE_ID_PROPERTY = "dialectica.importer.id";

    private final List<ImporterDescriptor> descriptors = new CopyOnWriteArrayList<>();
    private final Map<SourceImporter, ImporterDescriptor> services = new ConcurrentHashMap<>();
    private final ContributionProblems<ImporterDescriptor> problems = new ContributionProblems<>();

    /** An empty registry; fill it with {@link #register} or {@link #registerExtensions}. */
    public ImporterRegistry() {
    }

    @Activate
    void activate() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry != null) {
            registerExtensions(registry);
        }
    }

    /** Adds every importer contributed to {@value #EXTENSION_POINT_ID} in {@code registry}. */
    public ImporterRegistry registerExtensions(IExtensionRegistry registry) {
        ExtensionImporterReader.read(registry, EXTENSION_POINT_ID).forEach(this::register);
        return this;
    }

    public ImporterRegistry register(ImporterDescriptor descriptor) {
        descriptors.add(descriptor);
        return this;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addImporter(SourceImporter importer, Map<String, Object> properties) {
        Object id = properties.get(SERVICE_ID_PROPERTY);
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        String name = id == null ? importer.getClass().getName() : id.toString();
        ImporterDescriptor d;
        try {
            d = ImporterDescriptor.of(name, ranking instanceof Integer i ? i : 0, importer);
        } catch (RuntimeException | LinkageError e) { // its mediaTypes() or fileExtensions() threw
            problems.report(new ContributionProblem(Contributions.bundleOf(importer), "importer " + name,
                    "not used: it cannot say which files it reads: " + e));
            return;
        }
        services.put(importer, d);
        register(d);
    }

    /**
     * Stops using an importer that failed (threw, could not be loaded, or did not return in time), for the rest of
     * this session; {@link #problems()} reports it.
     */
    public void disable(ImporterDescriptor descriptor, String why) {
        problems.disable(descriptor, new ContributionProblem(descriptor.contributor(), "importer " + descriptor.id(),
                "disabled: " + why));
    }

    /** Whether this registry still uses {@code descriptor}: it has not been {@link #disable disabled}. */
    public boolean isEnabled(ImporterDescriptor descriptor) {
        return !problems.isDisabled(descriptor);
    }

    /** The importers this registry stopped using or never could use, and why; in the order they failed. */
    public List<ContributionProblem> problems() {
        return problems.problems();
    }

    void removeImporter(SourceImporter importer) {
        ImporterDescriptor d = services.remove(importer);
        if (d != null) {
            descriptors.remove(d);
        }
    }

    /** All known importers that are not disabled, best priority first. */
    public List<ImporterDescriptor> descriptors() {
        return descriptors.stream().filter(d -> !problems.isDisabled(d))
                .sorted(Comparator.comparingInt(ImporterDescriptor::priority).reversed()
                .thenComparing(ImporterDescriptor::id)).toList();
    }

    /**
     * The importers that accept a file, best first.
     *
     * @param fileName  the file's name (only its extension is used), or {@code null}
     * @param mediaType the file's media type if known (parameters are ignored), or {@code null}
     */
    public List<ImporterDescriptor> candidates(String fileName, String mediaType) {
        String extension = ImportChecks.extension(fileName);
        Comparator<ImporterDescriptor> best = Comparator
                .<ImporterDescriptor, ImporterDescriptor.Match>comparing(d -> d.match(mediaType, extension)).reversed()
                .thenComparing(Comparator.comparingInt(ImporterDescriptor::priority).reversed())
                .thenComparing(ImporterDescriptor::id);
        return descriptors.stream().filter(d -> !problems.isDisabled(d))
                .filter(d -> d.match(mediaType, extension) != ImporterDescriptor.Match.NONE)
                .sorted(best).toList();
    }

    /** The best importer for a file, if any accepts it. See {@link #candidates}. */
    public Optional<SourceImporter> find(String fileName, String mediaType) {
        return candidates(fileName, mediaType).stream().findFirst().map(ImporterDescriptor::importer);
    }

    /** Closes the importers this registry created; services are closed by their own components. */
    @Deactivate
    @Override
    public void close() {
        for (ImporterDescriptor d : descriptors) {
            if (d.isCreated() && !services.containsValue(d)) {
                try {
                    d.importer().close();
                } catch (RuntimeException | LinkageError e) {
                    LOG.log(System.Logger.Level.WARNING, "Dialectica: importer " + d.id() + " from "
                            + d.contributor() + " failed to close: " + e);
                }
            }
        }
    }
}
