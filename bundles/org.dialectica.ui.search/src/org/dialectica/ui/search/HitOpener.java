package org.dialectica.ui.search;

import java.util.Optional;

import org.dialectica.core.project.OpenProject;
import org.dialectica.index.SearchHit;
import org.dialectica.model.Claim;
import org.dialectica.model.Element;
import org.dialectica.model.Issue;
import org.dialectica.model.Source;
import org.dialectica.model.TextAnchor;
import org.dialectica.ui.reader.ReaderOpener;
import org.dialectica.ui.reader.ReaderPart;
import org.dialectica.ui.session.ActiveProject;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Shows a search hit: a passage in the Reader of its source with the match selected; an element by
 * selecting it everywhere (the Reader of its source, opened first, then selects its quote).
 */
final class HitOpener {

    private final MApplication application;
    private final EModelService models;
    private final EPartService parts;

    HitOpener(MApplication application, EModelService models, EPartService parts) {
        this.application = application;
        this.models = models;
        this.parts = parts;
    }

    /** @return the Reader the hit was shown in, if any */
    Optional<ReaderPart> open(OpenProject project, SearchHit hit) {
        if (hit.isPassage()) {
            return source(project, hit.sourceId()).map(source -> {
                ReaderPart reader = reader(ReaderOpener.open(source, application, models, parts));
                if (reader != null) {
                    reader.selectRange(hit.start(), hit.end());
                }
                return reader;
            });
        }
        Optional<Element> element = element(project, hit.id());
        ReaderPart reader = null;
        Optional<TextAnchor> anchor = element.flatMap(HitOpener::firstAnchor);
        if (anchor.isPresent() && anchor.get().getSource() != null) {
            reader = reader(ReaderOpener.open(anchor.get().getSource(), application, models, parts));
            if (reader != null) {
                reader.selectRange(anchor.get().getStart(), anchor.get().getEnd());
            }
        }
        element.ifPresent(e -> application.getContext().set(ActiveProject.SELECTED_ELEMENT, e));
        return Optional.ofNullable(reader);
    }

    static Optional<Source> source(OpenProject project, String sourceId) {
        return project.model().getSources().stream().filter(s -> s.getId().equals(sourceId)).findFirst();
    }

    static Optional<Element> element(OpenProject project, String id) {
        EObject object = project.model().eResource() == null ? null : project.model().eResource().getEObject(id);
        if (object == null) {
            for (var it = EcoreUtil.<EObject>getAllContents(project.model(), false); it.hasNext();) {
                EObject candidate = it.next();
                if (candidate instanceof Element e && id.equals(e.getId())) {
                    object = candidate;
                    break;
                }
            }
        }
        return object instanceof Element e ? Optional.of(e) : Optional.empty();
    }

    private static Optional<TextAnchor> firstAnchor(Element element) {
        if (element instanceof Claim claim && !claim.getAnchors().isEmpty()) {
            return Optional.of(claim.getAnchors().get(0));
        }
        if (element instanceof Issue issue && !issue.getAnchors().isEmpty()) {
            return Optional.of(issue.getAnchors().get(0));
        }
        return Optional.empty();
    }

    private static ReaderPart reader(MPart part) {
        return part != null && part.getObject() instanceof ReaderPart reader ? reader : null;
    }
}
