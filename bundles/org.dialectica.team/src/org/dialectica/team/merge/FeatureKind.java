package org.dialectica.team.merge;

import org.dialectica.model.DialecticaPackage;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** How the merge treats a structural feature of a model class. */
enum FeatureKind {
    /** Not stored or not the merge's business: ids, transient opposites, container back-pointers. */
    SKIPPED,
    /** Compared and taken as a whole value: attributes, and contained objects without an id (answers, metadata). */
    VALUE,
    /** A non-containment reference: compared as the ids of its targets. */
    REFERENCE,
    /** Contains elements with ids: merged element by element, not as a value. */
    CHILDREN;

    static FeatureKind of(EClass owner, EStructuralFeature feature) {
        if (feature.isTransient() || feature.isDerived() || feature.isVolatile() || !feature.isChangeable()
                || feature == owner.getEIDAttribute()) {
            return SKIPPED;
        }
        if (feature instanceof EAttribute) {
            return VALUE;
        }
        EReference reference = (EReference) feature;
        if (reference.isContainer()) {
            return SKIPPED;
        }
        if (!reference.isContainment()) {
            return REFERENCE;
        }
        return DialecticaPackage.Literals.IDENTIFIABLE.isSuperTypeOf(reference.getEReferenceType()) ? CHILDREN : VALUE;
    }
}
