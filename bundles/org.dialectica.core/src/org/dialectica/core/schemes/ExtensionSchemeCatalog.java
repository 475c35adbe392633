package org.dialectica.core.schemes;

import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.dialectica.model.DialecticaPackage;
import org.dialectica.model.Project;
import org.dialectica.model.Scheme;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Component;

/**
 * The scheme catalogue fed by the extension point {@value #EXTENSION_POINT}. Dialectica's own
 * catalogue ({@code schemes/walton.dialectica}) is contributed by this bundle's plugin.xml like any
 * other. Catalogues are read once, on first use; a catalogue that cannot be read is logged and skipped,
 * never fatal.
 */
@Component(service = SchemeCatalog.class)
public class ExtensionSchemeCatalog implements SchemeCatalog {

    public static final String EXTENSION_POINT = "org.dialectica.core.schemeCatalogs";
    static final String OWN_BUNDLE = "org.dialectica.core";

    private final IExtensionRegistry registry;
    private final Consumer<String> log;
    private final SchemeCatalogReader reader = new SchemeCatalogReader();

    private Map<String, Scheme> schemes;
    private List<String> problems;

    /** As OSGi creates it: the platform's extension registry, problems to the Eclipse log. */
    public ExtensionSchemeCatalog() {
        this(RegistryFactory.getRegistry(), ExtensionSchemeCatalog::logWarning);
    }

    public ExtensionSchemeCatalog(IExtensionRegistry registry, Consumer<String> log) {
        this.registry = registry;
        this.log = log;
    }

    @Override
    public synchronized List<Scheme> schemes() {
        return List.copyOf(loaded().values());
    }

    @Override
    public synchronized Optional<Scheme> schemeByName(String name) {
        return Optional.ofNullable(loaded().get(name));
    }

    @Override
    public synchronized List<String> problems() {
        loaded();
        return List.copyOf(problems);
    }

    @Override
    public Scheme copyIntoProject(EditingDomain domain, Project project, Scheme scheme) {
        for (Scheme own : project.getSchemes()) {
            if (own.getName() != null && own.getName().equals(scheme.getName())) {
                return own;
            }
        }
        Scheme copy = EcoreUtil.copy(scheme);
        domain.getCommandStack().execute(AddCommand.create(domain, project,
                DialecticaPackage.Literals.PROJECT__SCHEMES, copy));
        return copy;
    }

    private Map<String, Scheme> loaded() {
        if (schemes == null) {
            Map<String, Scheme> byName = new LinkedHashMap<>();
            List<String> found = new ArrayList<>();
            Consumer<String> problem = message -> {
                found.add(message);
                log.accept(message);
            };
            for (CatalogFile file : contributions(registry)) {
                try {
                    for (Scheme scheme : reader.read(file, problem)) {
                        Scheme earlier = byName.putIfAbsent(scheme.getName(), scheme);
                        if (earlier != null) {
                            problem.accept("Scheme " + scheme.getName() + " of the " + file.describe()
                                    + " is ignored: a scheme of that name was read before.");
                        }
                    }
                } catch (SchemeCatalogReader.CatalogException unusable) {
                    problem.accept(unusable.getMessage() + " It is skipped.");
                }
            }
            schemes = byName;
            problems = found;
        }
        return schemes;
    }

    /** The contributed catalogues, Dialectica's own first, the others by contributor. */
    static List<CatalogFile> contributions(IExtensionRegistry registry) {
        List<CatalogFile> files = new ArrayList<>();
        if (registry == null) {
            return files;
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"catalog".equals(element.getName())) {
                continue;
            }
            IContributor contributor = element.getContributor();
            String file = element.getAttribute("file");
            files.add(new CatalogFile(element.getAttribute("id"), element.getAttribute("name"), contributor.getName(),
                    file, locate(contributor, file)));
        }
        files.sort(Comparator.comparing((CatalogFile file) -> !OWN_BUNDLE.equals(file.contributor()))
                .thenComparing(CatalogFile::contributor).thenComparing(file -> String.valueOf(file.file())));
        return files;
    }

    private static URL locate(IContributor contributor, String file) {
        if (file == null) {
            return null;
        }
        Bundle bundle = ContributorFactoryOSGi.resolve(contributor);
        return bundle == null ? null : bundle.getEntry(file);
    }

    private static void logWarning(String message) {
        ILog.of(ExtensionSchemeCatalog.class).warn(message);
    }
}
