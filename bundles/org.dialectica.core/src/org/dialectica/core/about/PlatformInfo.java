package org.dialectica.core.about;

import java.util.List;

/**
 * Reports which versions of Dialectica and of the libraries it stands on are running. A service, so
 * that the workbench, the command line and bug reports show the same facts.
 */
public interface PlatformInfo {

    /** The Dialectica version (the version of the core bundle). */
    String productVersion();

    /** Dialectica's key components in a stable order: Dialectica, Java, Eclipse, EMF, Lucene, Tika, ELK. */
    List<ComponentVersion> components();
}
