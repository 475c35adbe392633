package org.dialectica.model.edit.commands;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

import org.dialectica.model.Conflict;
import org.dialectica.model.CriticalQuestionAnswer;
import org.dialectica.model.Inference;
import org.dialectica.model.Preference;
import org.dialectica.model.Project;
import org.dialectica.model.Rephrase;
import org.dialectica.model.TextAnchor;
import org.eclipse.emf.ecore.EObject;

/**
 * What must go with deleted elements: objects whose required references would dangle. An inference
 * without a conclusion or without any premise, a conflict without attacker or target, a preference
 * or rephrase missing one of its two ends, an anchor without its source, an answer without its
 * question. Everything else that refers to a deleted element just loses the reference (a premise
 * among others, a position, a tag, a memo's subject, an answering node, a scheme).
 */
final class DependentElements {

    private DependentElements() {
    }

    /**
     * {@code elements} and their contents, and, transitively, every object of {@code project} that
     * cannot exist without them, with its contents.
     */
    static Set<EObject> closure(Project project, Collection<? extends EObject> elements) {
        Set<EObject> doomed = new LinkedHashSet<>();
        elements.forEach(element -> addWithContents(doomed, element));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Iterator<EObject> all = project.eAllContents(); all.hasNext();) {
                EObject object = all.next();
                if (!doomed.contains(object) && needsAnyOf(object, doomed)) {
                    addWithContents(doomed, object);
                    grew = true;
                }
            }
        }
        return doomed;
    }

    /** The objects of {@code doomed} not contained in another one: what has to be removed. */
    static Set<EObject> roots(Set<EObject> doomed) {
        Set<EObject> roots = new LinkedHashSet<>();
        for (EObject object : doomed) {
            if (!doomed.contains(object.eContainer())) {
                roots.add(object);
            }
        }
        return roots;
    }

    private static void addWithContents(Set<EObject> doomed, EObject object) {
        doomed.add(object);
        object.eAllContents().forEachRemaining(doomed::add);
    }

    private static boolean needsAnyOf(EObject object, Set<EObject> doomed) {
        if (object instanceof Inference inference) {
            return doomed.contains(inference.getConclusion())
                    || (!inference.getPremises().isEmpty() && doomed.containsAll(inference.getPremises()));
        } else if (object instanceof Conflict conflict) {
            return doomed.contains(conflict.getAttacker()) || doomed.contains(conflict.getTarget());
        } else if (object instanceof Preference preference) {
            return doomed.contains(preference.getPreferred()) || doomed.contains(preference.getDispreferred());
        } else if (object instanceof Rephrase rephrase) {
            return doomed.contains(rephrase.getOriginal()) || doomed.contains(rephrase.getRephrasing());
        } else if (object instanceof TextAnchor anchor) {
            return doomed.contains(anchor.getSource());
        } else if (object instanceof CriticalQuestionAnswer answer) {
            return doomed.contains(answer.getQuestion());
        }
        return false;
    }
}
