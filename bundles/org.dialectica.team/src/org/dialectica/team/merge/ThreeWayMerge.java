package org.dialectica.team.merge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.dialectica.model.Identifiable;
import org.dialectica.model.Project;
import org.dialectica.team.MergeConflict;
import org.dialectica.team.merge.ModelSide.Location;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * One run of {@link ModelMerger}: decides which elements survive and, per element and feature, which
 * side's value wins, then rewrites our model accordingly. Decisions first, changes after, so a decision
 * never sees a half-merged model.
 */
final class ThreeWayMerge {

    /** Which value a feature of an element takes. */
    private sealed interface Choice {
    }

    private record Ours() implements Choice {
    }

    private record Theirs() implements Choice {
    }

    /** A many-valued reference merged as a set: these target ids, in this order. */
    private record MergedIds(List<String> ids) implements Choice {
    }

    private static final Choice OURS = new Ours();
    private static final Choice THEIRS = new Theirs();
    private static final Object ABSENT = new Object();

    /** The decisions for one surviving element. */
    private static final class Plan {
        final Location location;
        final Map<EStructuralFeature, Choice> choices = new HashMap<>();

        Plan(Location location) {
            this.location = location;
        }
    }

    private final ModelSide base;
    private final ModelSide ours;
    private final ModelSide theirs;
    private final Map<String, Plan> plans = new HashMap<>();
    private final List<MergeConflict> conflicts = new ArrayList<>();
    private final Map<String, Identifiable> result = new HashMap<>();

    ThreeWayMerge(ModelSide base, ModelSide ours, ModelSide theirs) {
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
    }

    ModelMergeResult run() {
        Set<String> all = new LinkedHashSet<>(ours.ids());
        all.addAll(theirs.ids());
        all.addAll(base.ids());
        Deque<String> surviving = new ArrayDeque<>();
        for (String id : all) {
            if (survives(id)) {
                plan(id);
                surviving.add(id);
            }
        }
        keepWhatSurvivorsNeed(surviving);
        build();
        Project merged = (Project) result.get(ours.ids().iterator().next());
        conflicts.sort(Comparator.comparing(MergeConflict::elementId).thenComparing(MergeConflict::feature));
        return new ModelMergeResult(merged, conflicts);
    }

    /** Whether an element is in the merge before references are considered; records delete/change conflicts. */
    private boolean survives(String id) {
        boolean inOurs = ours.has(id);
        boolean inTheirs = theirs.has(id);
        if (inOurs && inTheirs) {
            return true;
        }
        if (!inOurs && !inTheirs) {
            return false;
        }
        if (!base.has(id)) {
            return true;
        }
        ModelSide keeper = inOurs ? ours : theirs;
        if (!changedSinceBase(keeper, id)) {
            return false;
        }
        conflict(id, keeper, MergeConflict.ELEMENT, inOurs ? "changed" : "deleted", inOurs ? "deleted" : "changed");
        return true;
    }

    private boolean changedSinceBase(ModelSide side, String id) {
        if (!Objects.equals(side.location(id), base.location(id))) {
            return true;
        }
        Identifiable element = side.get(id);
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            FeatureKind kind = FeatureKind.of(element.eClass(), feature);
            if ((kind == FeatureKind.VALUE || kind == FeatureKind.REFERENCE)
                    && !Objects.equals(side.value(id, feature), base.value(id, feature))) {
                return true;
            }
        }
        return false;
    }

    /** Decides location and every feature of a surviving element; records conflicts once. */
    private void plan(String id) {
        EClass eClass = (ours.has(id) ? ours : theirs).get(id).eClass();
        Plan plan = new Plan(chooseLocation(id));
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            FeatureKind kind = FeatureKind.of(eClass, feature);
            if (kind == FeatureKind.VALUE || kind == FeatureKind.REFERENCE) {
                plan.choices.put(feature, choose(id, feature, kind));
            }
        }
        plans.put(id, plan);
    }

    private Location chooseLocation(String id) {
        if (!theirs.has(id)) {
            return ours.location(id);
        }
        if (!ours.has(id)) {
            return theirs.location(id);
        }
        Location o = ours.location(id);
        Location t = theirs.location(id);
        Object b = base.has(id) ? base.location(id) : ABSENT;
        if (Objects.equals(o, t) || Objects.equals(b, t)) {
            return o;
        }
        if (Objects.equals(b, o)) {
            return t;
        }
        conflict(id, ours, MergeConflict.CONTAINER, String.valueOf(o), String.valueOf(t));
        return o;
    }

    private Choice choose(String id, EStructuralFeature feature, FeatureKind kind) {
        if (!theirs.has(id)) {
            return OURS;
        }
        if (!ours.has(id)) {
            return THEIRS;
        }
        Object o = ours.value(id, feature);
        Object t = theirs.value(id, feature);
        Object b = base.has(id) ? base.value(id, feature) : ABSENT;
        if (Objects.equals(o, t) || Objects.equals(b, t)) {
            return OURS;
        }
        if (Objects.equals(b, o)) {
            return THEIRS;
        }
        if (kind == FeatureKind.REFERENCE && feature.isMany() && ((EReference) feature).isUnique()) {
            @SuppressWarnings("unchecked")
            List<String> baseIds = b == ABSENT ? List.of() : (List<String>) b;
            @SuppressWarnings("unchecked")
            List<String> ourIds = (List<String>) o;
            @SuppressWarnings("unchecked")
            List<String> theirIds = (List<String>) t;
            return new MergedIds(ListMerge.order(ListMerge.members(baseIds, ourIds, theirIds), ourIds, theirIds));
        }
        conflict(id, ours, feature.getName(), display(o), display(t));
        return OURS;
    }

    /**
     * A surviving element keeps its container and the elements it refers to: an element deleted on one side
     * but still used on the other comes back (a conflict), and so on until nothing more is needed.
     */
    private void keepWhatSurvivorsNeed(Deque<String> todo) {
        while (!todo.isEmpty()) {
            String id = todo.pop();
            for (String needed : needs(id)) {
                if (plans.containsKey(needed) || !(ours.has(needed) || theirs.has(needed))) {
                    continue;
                }
                ModelSide keeper = ours.has(needed) ? ours : theirs;
                String user = describe(id);
                conflict(needed, keeper, MergeConflict.ELEMENT, ours.has(needed) ? "kept, used by " + user : "deleted",
                        theirs.has(needed) ? "kept, used by " + user : "deleted");
                plan(needed);
                todo.push(needed);
            }
        }
    }

    private Collection<String> needs(String id) {
        Plan plan = plans.get(id);
        List<String> needed = new ArrayList<>();
        if (plan.location != null) {
            needed.add(plan.location.parentId());
        }
        plan.choices.forEach((feature, choice) -> {
            if (choice instanceof MergedIds merged) {
                needed.addAll(merged.ids());
                return;
            }
            ModelSide side = choice == OURS ? ours : theirs;
            if (feature instanceof EReference reference && reference.isContainment()) {
                for (Object contained : ModelSide.contents(side.get(id), feature)) {
                    ModelSide.collectReferencedIds((EObject) contained, needed);
                }
            } else if (feature instanceof EReference) {
                ModelSide.collectIds(side.value(id, feature), needed);
            }
        });
        return needed;
    }

    /** Rewrites our model: surviving elements, their places, then their values (references last resolve). */
    private void build() {
        for (String id : plans.keySet()) {
            if (ours.has(id)) {
                result.put(id, ours.get(id));
            } else {
                Identifiable source = theirs.get(id);
                Identifiable created = (Identifiable) EcoreUtil.create(source.eClass());
                created.setId(id);
                result.put(id, created);
            }
        }
        for (String parentId : plans.keySet()) {
            Identifiable parent = result.get(parentId);
            for (EReference containment : parent.eClass().getEAllContainments()) {
                if (FeatureKind.of(parent.eClass(), containment) == FeatureKind.CHILDREN) {
                    placeChildren(parentId, parent, containment);
                }
            }
        }
        plans.forEach((id, plan) -> plan.choices.forEach((feature, choice) -> apply(id, feature, choice)));
    }

    private void placeChildren(String parentId, Identifiable parent, EReference containment) {
        Set<String> members = new LinkedHashSet<>();
        plans.forEach((id, plan) -> {
            if (plan.location != null && plan.location.parentId().equals(parentId)
                    && plan.location.feature().equals(containment.getName())) {
                members.add(id);
            }
        });
        List<String> order = ListMerge.order(members, ours.children(parentId, containment),
                theirs.children(parentId, containment));
        List<EObject> children = order.stream().map(result::get).collect(Collectors.toList());
        if (containment.isMany()) {
            @SuppressWarnings("unchecked")
            EList<EObject> list = (EList<EObject>) parent.eGet(containment);
            ECollections.setEList(list, children);
        } else {
            parent.eSet(containment, children.isEmpty() ? null : children.get(0));
        }
    }

    private void apply(String id, EStructuralFeature feature, Choice choice) {
        Identifiable target = result.get(id);
        if (choice instanceof MergedIds merged) {
            setReferences(target, feature, merged.ids());
            return;
        }
        if (choice == OURS && target == ours.get(id)) {
            return; // our object already holds our value
        }
        Identifiable source = (choice == OURS ? ours : theirs).get(id);
        if (feature.isUnsettable() && !source.eIsSet(feature)) {
            target.eUnset(feature);
        } else if (feature instanceof EReference reference && reference.isContainment()) {
            List<EObject> copies = new ArrayList<>();
            for (Object contained : ModelSide.contents(source, feature)) {
                copies.add(copyWithoutId((EObject) contained));
            }
            setContents(target, feature, copies);
        } else if (feature instanceof EReference) {
            List<String> ids = new ArrayList<>();
            ModelSide.collectIds(ModelSide.canonical(source, feature), ids);
            setReferences(target, feature, ids);
        } else {
            target.eSet(feature, source.eGet(feature));
        }
    }

    private void setReferences(EObject target, EStructuralFeature feature, List<String> ids) {
        List<EObject> targets = ids.stream().map(result::get).filter(Objects::nonNull).collect(Collectors.toList());
        if (feature.isMany()) {
            @SuppressWarnings("unchecked")
            EList<EObject> list = (EList<EObject>) target.eGet(feature);
            ECollections.setEList(list, targets);
        } else {
            target.eSet(feature, targets.isEmpty() ? null : targets.get(0));
        }
    }

    @SuppressWarnings("unchecked")
    private static void setContents(EObject target, EStructuralFeature feature, List<EObject> contents) {
        if (feature.isMany()) {
            List<Object> list = (List<Object>) target.eGet(feature);
            list.clear();
            list.addAll(contents);
        } else {
            target.eSet(feature, contents.isEmpty() ? null : contents.get(0));
        }
    }

    /** Copies a contained object without id (an answer, a metadata entry), pointing its references into the result. */
    private EObject copyWithoutId(EObject source) {
        EObject copy = EcoreUtil.create(source.eClass());
        for (EStructuralFeature feature : source.eClass().getEAllStructuralFeatures()) {
            FeatureKind kind = FeatureKind.of(source.eClass(), feature);
            if (kind == FeatureKind.SKIPPED || !source.eIsSet(feature)) {
                continue;
            }
            if (kind == FeatureKind.REFERENCE) {
                List<String> ids = new ArrayList<>();
                ModelSide.collectIds(ModelSide.canonical(source, feature), ids);
                setReferences(copy, feature, ids);
            } else if (feature instanceof EReference) {
                List<EObject> copies = new ArrayList<>();
                for (Object contained : ModelSide.contents(source, feature)) {
                    copies.add(copyWithoutId((EObject) contained));
                }
                setContents(copy, feature, copies);
            } else {
                copy.eSet(feature, source.eGet(feature));
            }
        }
        return copy;
    }

    private void conflict(String id, ModelSide side, String feature, String oursValue, String theirsValue) {
        conflicts.add(new MergeConflict(id, side.get(id).eClass().getName(), feature, oursValue, theirsValue));
    }

    private String describe(String id) {
        Identifiable element = (ours.has(id) ? ours : theirs).get(id);
        return element.eClass().getName() + " " + id;
    }

    private static String display(Object value) {
        if (value == null) {
            return "(none)";
        }
        if (value instanceof String text) {
            return "\"" + text + "\"";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(ThreeWayMerge::display).collect(Collectors.joining(", ", "[", "]"));
        }
        return value == ModelSide.Marker.UNSET ? "(unset)" : String.valueOf(value);
    }
}
