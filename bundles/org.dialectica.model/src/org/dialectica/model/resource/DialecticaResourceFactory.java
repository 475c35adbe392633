package org.dialectica.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/**
 * Creates the resources that hold Dialectica models: {@link DialecticaXmiResource} (the project
 * file and anything exchanged) and, for URIs ending in {@value #BINARY_FILE_EXTENSION}, EMF's
 * compact binary format, meant for local caches that can always be rebuilt from the XMI.
 *
 * <p>Registered for the extensions {@value #FILE_EXTENSION} and {@value #BINARY_FILE_EXTENSION}
 * through plugin.xml. The project file {@value #PROJECT_FILE_NAME} has the generic extension
 * {@code xmi}; open it with {@link DialecticaResources#configure} or {@link #createXmiResource}.
 */
public class DialecticaResourceFactory extends ResourceFactoryImpl {

    /** The name of the model file in a project folder. */
    public static final String PROJECT_FILE_NAME = "dialectica.xmi";

    /** The extension of a standalone Dialectica model in XMI. */
    public static final String FILE_EXTENSION = "dialectica";

    /** The extension of a model in EMF's binary format (a local cache, never exchanged). */
    public static final String BINARY_FILE_EXTENSION = "dialecticabin";

    /** Stateless, so one instance serves everyone; plugin.xml instantiates its own, which is equivalent. */
    public static final DialecticaResourceFactory INSTANCE = new DialecticaResourceFactory();

    @Override
    public Resource createResource(URI uri) {
        return isBinary(uri) ? createBinaryResource(uri) : createXmiResource(uri);
    }

    /** A resource saved as deterministic, hardened XMI, whatever the URI's extension. */
    public DialecticaXmiResource createXmiResource(URI uri) {
        return new DialecticaXmiResource(uri);
    }

    /**
     * A resource saved in EMF's binary format, whatever the URI's extension. It is several times
     * faster to load than XMI and carries no XML attack surface, but is not meant to be diffed,
     * merged or read by other tools, nor to outlive a format version: it is a cache.
     */
    public BinaryResourceImpl createBinaryResource(URI uri) {
        return new BinaryResourceImpl(uri);
    }

    private static boolean isBinary(URI uri) {
        return uri != null && BINARY_FILE_EXTENSION.equals(uri.fileExtension());
    }
}
