package org.dialectica.importer.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dialectica.importer.ImporterDescriptor;
import org.dialectica.importer.SourceImporter;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * Reads {@code importer} elements of the source importer extension point into descriptors. The class is
 * only loaded when the importer is first used, as Eclipse extensions should be.
 */
public final class ExtensionImporterReader {

    private static final System.Logger LOG = System.getLogger(ExtensionImporterReader.class.getName());

    private ExtensionImporterReader() {
    }

    public static List<ImporterDescriptor> read(IExtensionRegistry registry, String extensionPointId) {
        List<ImporterDescriptor> result = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPointId)) {
            if (!"importer".equals(element.getName())) {
                continue;
            }
            String contributor = element.getContributor().getName();
            String id = element.getAttribute("id");
            if (id == null || id.isBlank() || element.getAttribute("class") == null) {
                LOG.log(System.Logger.Level.WARNING, "Ignoring importer without id or class from " + contributor);
                continue;
            }
            Set<String> mediaTypes = values(element, "mediaType");
            Set<String> extensions = values(element, "fileExtension");
            if (mediaTypes.isEmpty() && extensions.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "Ignoring importer " + id + " from " + contributor
                        + ": it declares no mediaType and no fileExtension");
                continue;
            }
            result.add(new ImporterDescriptor(id, element.getAttribute("name"), priority(element, id), mediaTypes,
                    extensions, () -> create(element, id), contributor));
        }
        return result;
    }

    private static Set<String> values(IConfigurationElement element, String child) {
        Set<String> values = new LinkedHashSet<>();
        for (IConfigurationElement c : element.getChildren(child)) {
            String v = c.getAttribute("value");
            if (v != null && !v.isBlank()) {
                values.add(v);
            }
        }
        return values;
    }

    private static int priority(IConfigurationElement element, String id) {
        String value = element.getAttribute("priority");
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            LOG.log(System.Logger.Level.WARNING, "Importer " + id + ": priority '" + value + "' is not a number, using 0");
            return 0;
        }
    }

    private static SourceImporter create(IConfigurationElement element, String id) {
        try {
            Object created = element.createExecutableExtension("class");
            if (created instanceof SourceImporter importer) {
                return importer;
            }
            throw new IllegalStateException("importer " + id + ": " + created.getClass().getName()
                    + " does not implement " + SourceImporter.class.getName());
        } catch (CoreException e) {
            throw new IllegalStateException("importer " + id + " cannot be created: " + e.getMessage(), e);
        }
    }
}
