package org.dialectica.core.schemes;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.Scheme;
import org.dialectica.model.resource.DialecticaResources;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * Reads a scheme catalogue: an XMI file of {@link Scheme} elements, loaded with the model's own
 * hardened resource (no DOCTYPE, no external entities), so a catalogue is plain Dialectica data.
 */
public final class SchemeCatalogReader {

    /** A catalogue that cannot be used at all. */
    public static final class CatalogException extends Exception {
        private static final long serialVersionUID = 1L;

        CatalogException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The usable schemes of {@code catalog}; a scheme without a name, without critical questions or
     * with an unidentified question is skipped and reported to {@code problems}.
     */
    public List<Scheme> read(CatalogFile catalog, Consumer<String> problems) throws CatalogException {
        if (catalog.location() == null) {
            throw new CatalogException("The " + catalog.describe() + " does not exist.", null);
        }
        Resource resource = DialecticaResources.configure(new ResourceSetImpl())
                .createResource(URI.createURI("catalog:/" + catalog.contributor() + "/" + catalog.file() + ".dialectica"));
        try (InputStream in = catalog.location().openStream()) {
            resource.load(in, null);
        } catch (IOException | RuntimeException unreadable) {
            throw new CatalogException("The " + catalog.describe() + " cannot be read: " + innermost(unreadable), unreadable);
        }
        List<Scheme> schemes = new ArrayList<>();
        for (EObject root : List.copyOf(resource.getContents())) {
            if (!(root instanceof Scheme scheme)) {
                problems.accept("The " + catalog.describe() + " holds a " + root.eClass().getName()
                        + " where only schemes belong; it is ignored.");
            } else if (isBlank(scheme.getName()) || isBlank(scheme.getId())) {
                problems.accept("The " + catalog.describe() + " holds a scheme without a name or id; it is ignored.");
            } else if (scheme.getCriticalQuestions().stream().map(CriticalQuestion::getId).anyMatch(SchemeCatalogReader::isBlank)) {
                problems.accept("Scheme " + scheme.getName() + " in the " + catalog.describe()
                        + " has a critical question without an id; the scheme is ignored.");
            } else {
                schemes.add(scheme);
            }
        }
        if (schemes.isEmpty()) {
            throw new CatalogException("The " + catalog.describe() + " holds no usable scheme.", null);
        }
        return schemes;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String innermost(Throwable problem) {
        Throwable cause = problem;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
