package org.dialectica.interchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.dialectica.core.plugins.ContributionProblem;
import org.dialectica.core.plugins.ContributionProblems;
import org.dialectica.core.plugins.Contributions;
import org.dialectica.interchange.aif.AifExporter;
import org.dialectica.interchange.aif.AifReader;
import org.dialectica.interchange.argdown.ArgdownExporter;
import org.dialectica.interchange.argdown.ArgdownReader;
import org.dialectica.interchange.csv.CsvAnnotationsExporter;
import org.dialectica.interchange.internal.ExtensionFormats;
import org.dialectica.interchange.report.HtmlReportExporter;
import org.dialectica.interchange.report.MarkdownReportExporter;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * All known interchange formats: those contributed to the extension point
 * {@code org.dialectica.interchange.formats} (the built-in ones are contributed there too, by this bundle's
 * plugin.xml) and those registered as OSGi services of type {@link ArgumentExporter} or
 * {@link ArgumentReader}. When two formats share an id, the extension wins over the service, and the first
 * contribution over later ones. Extensions are read once, on first use.
 */
@Component(service = InterchangeRegistry.class)
public final class InterchangeRegistry {

    private final IExtensionRegistry extensionRegistry;
    private final List<ArgumentExporter> fixedExporters = new ArrayList<>();
    private final List<ArgumentReader> fixedReaders = new ArrayList<>();
    private final List<ArgumentExporter> serviceExporters = new CopyOnWriteArrayList<>();
    private final List<ArgumentReader> serviceReaders = new CopyOnWriteArrayList<>();
    private ExtensionFormats.Contributions contributions;
    /** Formats that failed this session (threw, could not load, did not return), by identity. */
    private final ContributionProblems<Object> problems = new ContributionProblems<>();

    /** For OSGi: reads the platform's extension registry. */
    public InterchangeRegistry() {
        this(RegistryFactory.getRegistry());
    }

    /** Reads {@code extensionRegistry} (null for none). */
    public InterchangeRegistry(IExtensionRegistry extensionRegistry) {
        this.extensionRegistry = extensionRegistry;
    }

    /** The built-in formats without any extension registry, for use outside OSGi. */
    public static InterchangeRegistry withBuiltInFormats() {
        InterchangeRegistry registry = new InterchangeRegistry(null);
        registry.fixedExporters.addAll(List.of(new AifExporter(), new ArgdownExporter(), new MarkdownReportExporter(),
                new HtmlReportExporter(), new CsvAnnotationsExporter()));
        registry.fixedReaders.addAll(List.of(new AifReader(), new ArgdownReader()));
        return registry;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addExporter(ArgumentExporter exporter) {
        serviceExporters.add(exporter);
    }

    public void removeExporter(ArgumentExporter exporter) {
        serviceExporters.remove(exporter);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addReader(ArgumentReader reader) {
        serviceReaders.add(reader);
    }

    public void removeReader(ArgumentReader reader) {
        serviceReaders.remove(reader);
    }

    /** Every exporter, one per id, sorted by id; without those {@link #disable disabled}. */
    public List<ArgumentExporter> exporters() {
        return unique(concat(fixedExporters, contributions().exporters(), serviceExporters), ArgumentExporter::id)
                .stream().filter(e -> !problems.isDisabled(e)).toList();
    }

    /** Every reader, one per id, sorted by id; without those {@link #disable disabled}. */
    public List<ArgumentReader> readers() {
        return unique(concat(fixedReaders, contributions().readers(), serviceReaders), ArgumentReader::id)
                .stream().filter(r -> !problems.isDisabled(r)).toList();
    }

    /**
     * Stops offering a plugin's exporter or reader that failed (threw something its contract does not allow,
     * could not be loaded, or did not return in time) for the rest of this session; {@link #problems()} says why.
     *
     * @param format      the {@link ArgumentExporter} or {@link ArgumentReader}
     * @param contribution e.g. "exporter org.example.mindmap"
     */
    public void disable(Object format, String contribution, String why) {
        problems.disable(format, new ContributionProblem(Contributions.bundleOf(format), contribution,
                "disabled: " + why));
    }

    /** The formats this registry stopped using, and why, in the order they failed. */
    public List<ContributionProblem> problems() {
        return problems.problems();
    }

    public Optional<ArgumentExporter> exporter(String id) {
        return exporters().stream().filter(e -> e.id().equalsIgnoreCase(id)).findFirst();
    }

    public Optional<ArgumentReader> reader(String id) {
        return readers().stream().filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The reader for a file, chosen by its extension (case-insensitive). */
    public Optional<ArgumentReader> readerFor(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return readers().stream().filter(r -> r.fileExtensions().contains(extension)).findFirst();
    }

    private synchronized ExtensionFormats.Contributions contributions() {
        if (contributions == null) {
            contributions = ExtensionFormats.read(extensionRegistry);
        }
        return contributions;
    }

    @SafeVarargs
    private static <T> List<T> concat(List<? extends T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<? extends T> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static <T> List<T> unique(List<T> all, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        all.forEach(format -> byId.putIfAbsent(id.apply(format).toLowerCase(Locale.ROOT), format));
        return byId.values().stream().sorted(Comparator.comparing(id)).toList();
    }
}
