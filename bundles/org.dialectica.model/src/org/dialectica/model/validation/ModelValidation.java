package org.dialectica.model.validation;

import java.util.Map;

import org.dialectica.model.DialecticaPackage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

/** Validates a model, or part of one, against its multiplicities, types and {@link ModelRule rules}. */
public final class ModelValidation {

    private ModelValidation() {
    }

    /** Validates {@code root} and everything it contains; checks that need source texts are skipped. */
    public static Diagnostic validate(EObject root) {
        return validate(root, null);
    }

    /**
     * Validates {@code root} and everything it contains.
     *
     * @param texts the extracted texts of sources, for the anchor checks; may be {@code null}
     */
    public static Diagnostic validate(EObject root, SourceTextProvider texts) {
        // Touching the package registers the generated validator even outside an Eclipse runtime.
        DialecticaPackage.eINSTANCE.eClass();
        Diagnostician diagnostician = Diagnostician.INSTANCE;
        Map<Object, Object> context = diagnostician.createDefaultContext();
        if (texts != null) {
            SourceTextProvider.putInto(context, texts);
        }
        return diagnostician.validate(root, context);
    }
}
