package org.dialectica.model.util;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Supplier;

import org.dialectica.model.Claim;
import org.dialectica.model.Conflict;
import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.Element;
import org.dialectica.model.Identifiable;
import org.dialectica.model.Inference;
import org.dialectica.model.Issue;
import org.dialectica.model.Memo;
import org.dialectica.model.Preference;
import org.dialectica.model.Project;
import org.dialectica.model.Rephrase;
import org.dialectica.model.Scheme;
import org.dialectica.model.Source;
import org.dialectica.model.Tag;
import org.dialectica.model.TextAnchor;
import org.dialectica.model.impl.DialecticaFactoryImpl;
import org.dialectica.model.resource.FormatVersion;

/**
 * The factory for elements that users (or importers) create: every {@link Identifiable} gets a fresh
 * {@link ModelIds#newId() UUID}, every {@link Element} also its creation time and author, and a
 * {@link Project} the current format version.
 *
 * <p>Why a separate factory and not the generated {@code DialecticaFactory.eINSTANCE}: the XMI
 * loader creates objects through the package's own factory and then sets their stored attributes.
 * Stamping there would waste a UUID per loaded object and, worse, invent a creation time for
 * elements stored without one. Loading must restore exactly what was saved; creating must
 * identify. {@link #create(org.eclipse.emf.ecore.EClass)} dispatches to the overridden methods,
 * so generic creation (e.g. EMF.Edit child descriptors given this factory) is stamped too.
 */
public class DialecticaFactoryWithIds extends DialecticaFactoryImpl {

    private final Supplier<String> author;
    private final Clock clock;

    /** A factory recording {@code author} (may be {@code null}: unknown) on every element it creates. */
    public DialecticaFactoryWithIds(String author) {
        this(() -> author, Clock.systemUTC());
    }

    /**
     * @param author asked on every creation, so a preference change applies at once
     * @param clock  the source of creation times; tests pass a fixed clock
     */
    public DialecticaFactoryWithIds(Supplier<String> author, Clock clock) {
        this.author = Objects.requireNonNull(author, "author");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Project createProject() {
        Project project = identify(super.createProject());
        project.setCreated(now());
        project.setFormatVersion(FormatVersion.CURRENT);
        return project;
    }

    @Override
    public Source createSource() {
        return stamp(super.createSource());
    }

    @Override
    public TextAnchor createTextAnchor() {
        return identify(super.createTextAnchor());
    }

    @Override
    public Claim createClaim() {
        return stamp(super.createClaim());
    }

    @Override
    public Inference createInference() {
        return stamp(super.createInference());
    }

    @Override
    public Conflict createConflict() {
        return stamp(super.createConflict());
    }

    @Override
    public Preference createPreference() {
        return stamp(super.createPreference());
    }

    @Override
    public Rephrase createRephrase() {
        return stamp(super.createRephrase());
    }

    @Override
    public Issue createIssue() {
        return stamp(super.createIssue());
    }

    @Override
    public Scheme createScheme() {
        return stamp(super.createScheme());
    }

    @Override
    public CriticalQuestion createCriticalQuestion() {
        return identify(super.createCriticalQuestion());
    }

    @Override
    public Tag createTag() {
        return stamp(super.createTag());
    }

    @Override
    public Memo createMemo() {
        return stamp(super.createMemo());
    }

    /** Gives {@code element} a new id, the current time (to the millisecond) and the author. */
    protected <T extends Element> T stamp(T element) {
        identify(element);
        element.setCreated(now());
        element.setAuthor(author.get());
        return element;
    }

    /** Gives {@code identifiable} a new id. */
    protected <T extends Identifiable> T identify(T identifiable) {
        identifiable.setId(ModelIds.newId());
        return identifiable;
    }

    /** Milliseconds are enough to order edits and keep the stored instants short. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
