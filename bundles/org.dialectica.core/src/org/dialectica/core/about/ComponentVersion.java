package org.dialectica.core.about;

/**
 * The name and version of one component the running product is made of, as shown in Help &gt; About
 * and in bug reports.
 *
 * @param name    a human name, e.g. "Apache Lucene"
 * @param bundle  the OSGi bundle symbolic name it was read from
 * @param version the bundle version, or {@code "not installed"}
 */
public record ComponentVersion(String name, String bundle, String version) {

    /** Version text used when a component is not present in the running platform. */
    public static final String NOT_INSTALLED = "not installed";

    public boolean isInstalled() {
        return !NOT_INSTALLED.equals(version);
    }
}
