package org.dialectica.model.resource;

import org.dialectica.model.DialecticaPackage;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** Sets up resource sets that hold Dialectica models. */
public final class DialecticaResources {

    private DialecticaResources() {
    }

    /**
     * Makes {@code resourceSet} read and write Dialectica models without relying on the Eclipse
     * extension registry: registers the package under its namespace URI and the
     * {@link DialecticaResourceFactory} for {@code .dialectica}, {@code .dialecticabin} and
     * {@code .xmi} (so {@value DialecticaResourceFactory#PROJECT_FILE_NAME} opens as a Dialectica
     * model). Only the given resource set is changed, never the global registries.
     *
     * @return {@code resourceSet}, for chaining
     */
    public static ResourceSet configure(ResourceSet resourceSet) {
        resourceSet.getPackageRegistry().put(DialecticaPackage.eNS_URI, DialecticaPackage.eINSTANCE);
        var extensions = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        extensions.put(DialecticaResourceFactory.FILE_EXTENSION, DialecticaResourceFactory.INSTANCE);
        extensions.put(DialecticaResourceFactory.BINARY_FILE_EXTENSION, DialecticaResourceFactory.INSTANCE);
        extensions.put("xmi", DialecticaResourceFactory.INSTANCE);
        return resourceSet;
    }
}
