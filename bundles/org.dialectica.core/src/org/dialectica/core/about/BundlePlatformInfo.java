package org.dialectica.core.about;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Reads component versions from the installed OSGi bundles. */
@Component(service = PlatformInfo.class)
public final class BundlePlatformInfo implements PlatformInfo {

    /** Human name and bundle symbolic name of each component worth reporting. */
    private static final String[][] COMPONENTS = {
            { "Dialectica", "org.dialectica.core" },
            { "Eclipse e4 workbench", "org.eclipse.e4.ui.workbench" },
            { "SWT", "org.eclipse.swt" },
            { "EMF", "org.eclipse.emf.ecore" },
            { "Apache Lucene", "org.dialectica.lib.lucene" },
            { "Apache Tika", "org.dialectica.lib.tika" },
            { "Eclipse ELK", "org.eclipse.elk.core" },
    };

    private final BundleContext context;

    @Activate
    public BundlePlatformInfo(BundleContext context) {
        this.context = context;
    }

    /**
     * Library bundles that embed a third-party library (e.g. Lucene) state the library's own version in
     * {@value #LIBRARY_VERSION_HEADER}; their bundle version is Dialectica's.
     */
    static final String LIBRARY_VERSION_HEADER = "Library-Version";

    private static String versionOf(Bundle bundle) {
        String libraryVersion = bundle.getHeaders("").get(LIBRARY_VERSION_HEADER);
        return libraryVersion != null ? libraryVersion : bundle.getVersion().toString();
    }

    @Override
    public String productVersion() {
        return context.getBundle().getVersion().toString();
    }

    @Override
    public List<ComponentVersion> components() {
        List<ComponentVersion> result = new ArrayList<>();
        result.add(new ComponentVersion("Java", "java.runtime",
                System.getProperty("java.runtime.version", System.getProperty("java.version"))));
        Bundle[] bundles = context.getBundles();
        for (String[] component : COMPONENTS) {
            String version = Arrays.stream(bundles)
                    .filter(b -> component[1].equals(b.getSymbolicName()))
                    .map(BundlePlatformInfo::versionOf)
                    .max(String::compareTo)
                    .orElse(ComponentVersion.NOT_INSTALLED);
            result.add(new ComponentVersion(component[0], component[1], version));
        }
        return List.copyOf(result);
    }
}
