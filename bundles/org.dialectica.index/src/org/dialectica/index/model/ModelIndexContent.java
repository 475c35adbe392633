package org.dialectica.index.model;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.dialectica.index.ElementDoc;
import org.dialectica.index.IndexContent;
import org.dialectica.index.PassageDoc;
import org.dialectica.model.Project;
import org.dialectica.model.validation.SourceTextProvider;

/**
 * The index content of a Dialectica project: passages from the sources' stored texts and documents
 * of the model's claims, issues, inferences, conflicts and memos. Reads the model, never changes it.
 * The project is fetched anew for each use, so it may be replaced (reloaded) meanwhile.
 *
 * <p>EMF models are not thread-safe: rebuilding and {@code is:} filters read the project on the
 * calling thread, so call {@code open}, {@code rebuild} and {@code search} where reading the model is
 * safe (e.g. inside the editing domain's read-exclusive section, or on the thread that changes it).
 */
public final class ModelIndexContent implements IndexContent {

    private final Supplier<Project> project;
    private final SourceTextProvider texts;

    public ModelIndexContent(Supplier<Project> project, SourceTextProvider texts) {
        this.project = project;
        this.texts = texts;
    }

    @Override
    public Stream<PassageDoc> passages() {
        return project.get().getSources().stream()
                .flatMap(source -> texts.textOf(source).stream()
                        .flatMap(text -> PassageMapper.passages(source, text).stream()));
    }

    @Override
    public Stream<ElementDoc> elements() {
        Project p = project.get();
        return Stream.of(p.getNodes().stream(), p.getIssues().stream(), p.getMemos().stream())
                .flatMap(s -> s)
                .map(ElementMapper::toDoc)
                .flatMap(Optional::stream);
    }

    @Override
    public long estimatedSize() {
        Project p = project.get();
        return p.getNodes().size() + p.getIssues().size() + p.getMemos().size()
                + p.getSources().stream().mapToLong(s -> Math.max(1, s.getTextLength() / 1000)).sum();
    }

    @Override
    public <T> Optional<T> adapt(Class<T> type) {
        return type.isAssignableFrom(Project.class) ? Optional.ofNullable(type.cast(project.get())) : Optional.empty();
    }
}
