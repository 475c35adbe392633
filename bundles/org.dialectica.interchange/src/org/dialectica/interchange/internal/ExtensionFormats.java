package org.dialectica.interchange.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

import org.dialectica.interchange.ArgumentExporter;
import org.dialectica.interchange.ArgumentReader;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/** Instantiates the exporters and readers contributed to {@value #EXTENSION_POINT}. */
public final class ExtensionFormats {

    public static final String EXTENSION_POINT = "org.dialectica.interchange.formats";

    private static final System.Logger LOG = System.getLogger(ExtensionFormats.class.getName());

    /** What the extension registry holds. */
    public record Contributions(List<ArgumentExporter> exporters, List<ArgumentReader> readers) {
    }

    private ExtensionFormats() {
    }

    /** Reads all contributions; a broken one is logged and left out, so one bad plug-in does not hide the rest. */
    public static Contributions read(IExtensionRegistry registry) {
        List<ArgumentExporter> exporters = new ArrayList<>();
        List<ArgumentReader> readers = new ArrayList<>();
        if (registry == null) {
            return new Contributions(exporters, readers);
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                Object created = element.createExecutableExtension("class");
                if ("exporter".equals(element.getName()) && created instanceof ArgumentExporter exporter) {
                    exporters.add(exporter);
                } else if ("reader".equals(element.getName()) && created instanceof ArgumentReader reader) {
                    readers.add(reader);
                } else {
                    LOG.log(Level.WARNING, "{0} from {1} is not an {2}", element.getAttribute("class"),
                            element.getContributor().getName(), element.getName());
                }
            } catch (CoreException | RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot create interchange format " + element.getAttribute("class") + " from "
                        + element.getContributor().getName(), e);
            }
        }
        return new Contributions(exporters, readers);
    }
}
