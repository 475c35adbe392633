package org.dialectica.index.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dialectica.index.ElementDoc;
import org.dialectica.index.model.ElementMapper;
import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.DialecticaPackage;
import org.dialectica.model.Element;
import org.dialectica.model.Inference;
import org.dialectica.model.Project;
import org.dialectica.model.Scheme;
import org.dialectica.model.Source;
import org.dialectica.model.Tag;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Records which model objects a command touched (through EMF notifications, so execute, undo and redo
 * all count) and turns them into an {@link IndexUpdate}. Lives on the model's thread: notifications
 * arrive on the thread that changes the model, and {@link #drain()} must be called there too.
 */
final class ChangeTracker extends EContentAdapter {

    private final Project project;
    private final Set<EObject> touched = new LinkedHashSet<>();
    /** Sources whose title or authors changed: only their source document needs updating. */
    private final Set<Source> renamed = new LinkedHashSet<>();

    /**
     * Source features that only the source document holds (passages keep the year, so a date change re-indexes
     * them).
     */
    private static final Set<Object> SOURCE_DOCUMENT_ONLY = Set.of(DialecticaPackage.Literals.SOURCE__TITLE,
            DialecticaPackage.Literals.SOURCE__AUTHORS);

    ChangeTracker(Project project) {
        this.project = project;
    }

    void attach() {
        project.eAdapters().add(this);
    }

    void detach() {
        project.eAdapters().remove(this);
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification); // keeps the adapter on added and removed contents
        if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER) {
            return;
        }
        if (notification.getNotifier() instanceof Source source && SOURCE_DOCUMENT_ONLY.contains(notification.getFeature())) {
            renamed.add(source);
            return;
        }
        if (notification.getNotifier() instanceof EObject notifier) {
            touched.add(notifier);
        }
        collect(notification.getOldValue());
        collect(notification.getNewValue());
    }

    private void collect(Object value) {
        if (value instanceof EObject object) {
            touched.add(object);
        } else if (value instanceof Collection<?> values) {
            values.forEach(this::collect);
        }
    }

    /** The index update for everything touched since the last drain; forgets it. */
    IndexUpdate drain() {
        if (touched.isEmpty() && renamed.isEmpty()) {
            return new IndexUpdate(List.of(), Set.of(), List.of(), Set.of(), List.of());
        }
        Map<String, Element> reindex = new LinkedHashMap<>();
        Set<String> deleted = new LinkedHashSet<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        Set<String> deletedSources = new LinkedHashSet<>();
        for (EObject object : touched) {
            boolean alive = EcoreUtil.isAncestor(project, object);
            if (object instanceof Source source) {
                if (alive) {
                    sources.put(source.getId(), EcoreUtil.copy(source));
                } else if (source.getId() != null) {
                    deletedSources.add(source.getId());
                }
            } else if (object instanceof Element element && !(object instanceof Tag) && !(object instanceof Scheme)) {
                if (alive) {
                    addWithDependents(element, reindex);
                } else if (element.getId() != null) {
                    deleted.add(element.getId());
                }
            } else if (alive) {
                dependentsOfPart(object, reindex);
            }
        }
        List<IndexUpdate.RenamedSource> renamedSources = new ArrayList<>();
        for (Source source : renamed) {
            if (!sources.containsKey(source.getId()) && EcoreUtil.isAncestor(project, source)) {
                renamedSources.add(IndexUpdate.RenamedSource.of(source)); // passages re-indexed anyway otherwise
            }
        }
        renamed.clear();
        touched.clear();
        deleted.removeAll(reindex.keySet());
        deletedSources.removeAll(sources.keySet());
        List<ElementDoc> docs = new ArrayList<>();
        reindex.values().forEach(e -> ElementMapper.toDoc(e).ifPresent(docs::add));
        return new IndexUpdate(docs, deleted, List.copyOf(sources.values()), deletedSources, renamedSources);
    }

    /** A tag, scheme, anchor or answer changed: the elements whose documents show it. */
    private void dependentsOfPart(EObject object, Map<String, Element> reindex) {
        if (object instanceof Tag tag) {
            everyElement().filter(e -> e.getTags().contains(tag)).forEach(e -> addWithDependents(e, reindex));
        } else if (object instanceof Scheme scheme) {
            project.getNodes().stream().filter(n -> n instanceof Inference i && i.getScheme() == scheme)
                    .forEach(n -> reindex.put(n.getId(), n));
        } else {
            containingElement(object).ifPresent(e -> addWithDependents(e, reindex));
        }
    }

    /** An element, and the inferences and conflicts whose indexed text quotes it when it is a claim. */
    private void addWithDependents(Element element, Map<String, Element> reindex) {
        reindex.put(element.getId(), element);
        if (element instanceof Claim claim) {
            project.getNodes().stream()
                    .filter(n -> n instanceof Inference i && (i.getConclusion() == claim || i.getPremises().contains(claim))
                            || n instanceof Conflict c && c.getAttacker() == claim)
                    .forEach(n -> reindex.put(n.getId(), n));
        }
    }

    private static Optional<Element> containingElement(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof Element element && !(o instanceof Tag) && !(o instanceof Scheme)) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private java.util.stream.Stream<Element> everyElement() {
        return java.util.stream.Stream.of(project.getNodes().stream(), project.getIssues().stream(),
                project.getMemos().stream()).flatMap(s -> s);
    }
}
