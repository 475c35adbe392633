package org.dialectica.index.session;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.dialectica.core.project.OpenProject;
import org.dialectica.core.project.ProjectException;
import org.dialectica.index.ElementDoc;
import org.dialectica.index.IndexContent;
import org.dialectica.index.PassageDoc;
import org.dialectica.index.model.ElementMapper;
import org.dialectica.index.model.PassageMapper;
import org.dialectica.model.Project;
import org.dialectica.model.Source;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The project's content as it was when the snapshot was taken on the model's thread: element documents
 * and detached copies of the sources, so (re)building can run in the background. Structure filters
 * still see the live project through {@link #adapt}; {@link IndexSession} calls them on the model's thread.
 */
final class SnapshotContent implements IndexContent {

    private final OpenProject project;
    private final List<ElementDoc> elements;
    private final List<Source> sources;

    private SnapshotContent(OpenProject project, List<ElementDoc> elements, List<Source> sources) {
        this.project = project;
        this.elements = elements;
        this.sources = sources;
    }

    /** Must run where the model may be read. */
    static SnapshotContent take(OpenProject project) {
        Project model = project.model();
        List<ElementDoc> elements = Stream.of(model.getNodes().stream(), model.getIssues().stream(),
                model.getMemos().stream()).flatMap(s -> s).map(ElementMapper::toDoc).flatMap(Optional::stream).toList();
        List<Source> sources = model.getSources().stream().map(EcoreUtil::copy).toList();
        return new SnapshotContent(project, elements, sources);
    }

    List<ElementDoc> elementDocs() {
        return elements;
    }

    List<Source> sources() {
        return sources;
    }

    @Override
    public Stream<PassageDoc> passages() {
        return sources.stream().flatMap(source -> passagesOf(project, source).stream());
    }

    /** The passages of a (detached) source; none when its text cannot be read, which leaves it unsearchable only. */
    static List<PassageDoc> passagesOf(OpenProject project, Source source) {
        try {
            return PassageMapper.passages(source, project.texts().text(source));
        } catch (ProjectException e) {
            return List.of();
        }
    }

    @Override
    public Stream<ElementDoc> elements() {
        return elements.stream();
    }

    @Override
    public long estimatedSize() {
        return elements.size() + sources.stream().mapToLong(s -> Math.max(1, s.getTextLength() / 1000)).sum();
    }

    @Override
    public <T> Optional<T> adapt(Class<T> type) {
        return type.isAssignableFrom(Project.class) ? Optional.of(type.cast(project.model())) : Optional.empty();
    }
}
