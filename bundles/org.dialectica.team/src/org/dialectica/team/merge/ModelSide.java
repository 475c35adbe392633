package org.dialectica.team.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dialectica.model.Identifiable;
import org.dialectica.model.Project;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One version of a model (base, ours or theirs), indexed by element id, with the canonical values the
 * merge compares: attribute values, references as target ids, contained objects without an id as nested
 * lists of their canonical values.
 */
final class ModelSide {

    /** The value of an unsettable feature that is not set; distinct from null. */
    enum Marker {
        UNSET
    }

    /** Where an element is contained: its parent's id and the containment feature's name. */
    record Location(String parentId, String feature) {
    }

    private final Map<String, Identifiable> byId = new LinkedHashMap<>();

    private ModelSide(Project project) {
        if (project == null) {
            return;
        }
        byId.put(project.getId(), project);
        for (TreeIterator<EObject> all = project.eAllContents(); all.hasNext();) {
            if (all.next() instanceof Identifiable element && element.getId() != null) {
                byId.put(element.getId(), element);
            }
        }
    }

    /** The index of {@code project}; an empty side for null (no common ancestor). */
    static ModelSide of(Project project) {
        return new ModelSide(project);
    }

    boolean has(String id) {
        return byId.containsKey(id);
    }

    Identifiable get(String id) {
        return byId.get(id);
    }

    Set<String> ids() {
        return byId.keySet();
    }

    /** Where the element is contained; null for the project itself. */
    Location location(String id) {
        Identifiable element = byId.get(id);
        if (element.eContainer() instanceof Identifiable parent) {
            return new Location(parent.getId(), element.eContainmentFeature().getName());
        }
        return null;
    }

    /** The ids of the elements in {@code parentId}'s containment feature {@code feature}, in order. */
    List<String> children(String parentId, EReference feature) {
        Identifiable parent = byId.get(parentId);
        if (parent == null || !parent.eClass().getEAllStructuralFeatures().contains(feature)) {
            return List.of();
        }
        return idsOf((Collection<?>) parent.eGet(feature));
    }

    /** The canonical value of {@code feature} of the element {@code id} of this side. */
    Object value(String id, EStructuralFeature feature) {
        return canonical(byId.get(id), feature);
    }

    static Object canonical(EObject object, EStructuralFeature feature) {
        if (feature.isUnsettable() && !object.eIsSet(feature)) {
            return Marker.UNSET;
        }
        Object value = object.eGet(feature);
        if (feature instanceof EAttribute) {
            return feature.isMany() ? new ArrayList<>((Collection<?>) value) : value;
        }
        EReference reference = (EReference) feature;
        if (!reference.isContainment()) {
            return feature.isMany() ? idsOf((Collection<?>) value) : idOf((EObject) value);
        }
        if (!feature.isMany()) {
            return value == null ? null : describe((EObject) value);
        }
        List<Object> described = new ArrayList<>();
        for (Object contained : (Collection<?>) value) {
            described.add(describe((EObject) contained));
        }
        return described;
    }

    /** A contained object without id as a comparable value: its class and its features' canonical values. */
    private static List<Object> describe(EObject object) {
        List<Object> parts = new ArrayList<>();
        parts.add(object.eClass().getName());
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (FeatureKind.of(object.eClass(), feature) != FeatureKind.SKIPPED) {
                parts.add(canonical(object, feature));
            }
        }
        return parts;
    }

    static List<String> idsOf(Collection<?> objects) {
        List<String> ids = new ArrayList<>();
        for (Object object : objects) {
            ids.add(idOf((EObject) object));
        }
        return ids;
    }

    static String idOf(EObject object) {
        if (object == null) {
            return null;
        }
        return object instanceof Identifiable element ? element.getId() : String.valueOf(object);
    }

    /** The ids of the elements that contained objects without id (answers) refer to. */
    static void collectReferencedIds(EObject object, Collection<String> ids) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            FeatureKind kind = FeatureKind.of(object.eClass(), feature);
            if (kind == FeatureKind.REFERENCE) {
                collectIds(canonical(object, feature), ids);
            } else if (kind == FeatureKind.VALUE && feature instanceof EReference) {
                for (Object contained : contents(object, feature)) {
                    collectReferencedIds((EObject) contained, ids);
                }
            }
        }
    }

    static List<?> contents(EObject object, EStructuralFeature containment) {
        Object value = object.eGet(containment);
        if (containment.isMany()) {
            return new ArrayList<>((Collection<?>) value);
        }
        return value == null ? List.of() : List.of(value);
    }

    /** The ids in a canonical reference value (one id, a list of ids, null or unset). */
    static void collectIds(Object canonicalReference, Collection<String> ids) {
        if (canonicalReference instanceof String id) {
            ids.add(id);
        } else if (canonicalReference instanceof Collection<?> list) {
            list.forEach(id -> collectIds(id, ids));
        }
    }
}
