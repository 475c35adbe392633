package org.dialectica.model.edit.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.dialectica.model.DialecticaPackage.Literals;
import org.dialectica.model.Element;
import org.dialectica.model.Project;
import org.dialectica.model.Tag;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Adds a tag to elements, or removes it from them. Adding names the tag: the project's tag of that
 * name (ignoring case, so "Medicine" and "medicine" stay one tag) or, when there is none, a new tag
 * created by this command. Cannot execute when nothing would change. The result is the tag.
 */
public class TagCommand extends DialecticaCommand {

    private final DialecticaFactoryWithIds factory;
    private final String name;
    private final Tag tag;
    private final List<Element> elements;
    private final boolean add;

    private TagCommand(EditingDomain domain, DialecticaFactoryWithIds factory, String name, Tag tag,
            Collection<? extends Element> elements, boolean add) {
        super(domain, add ? "Tag" : "Remove tag", add ? "Adds a tag to elements" : "Removes a tag from elements");
        this.factory = factory;
        this.name = name == null ? null : name.strip();
        this.tag = tag;
        this.elements = new ArrayList<>(Objects.requireNonNull(elements, "elements"));
        this.add = add;
    }

    /** Tags {@code elements} with the tag named {@code name}, creating it if the project has none. */
    public static TagCommand add(EditingDomain domain, DialecticaFactoryWithIds factory, String name, Collection<? extends Element> elements) {
        return new TagCommand(domain, Objects.requireNonNull(factory, "factory"), name, null, elements, true);
    }

    /** Removes {@code tag} from {@code elements}; the tag itself stays in the project. */
    public static TagCommand remove(EditingDomain domain, Tag tag, Collection<? extends Element> elements) {
        return new TagCommand(domain, null, null, tag, elements, false);
    }

    /** The project's tag named {@code name}, ignoring case, or {@code null}. */
    public static Tag findTag(Project project, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (Tag candidate : project.getTags()) {
            if (candidate.getName() != null && candidate.getName().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    protected boolean isValid() {
        if (elements.isEmpty()) {
            return false;
        }
        Project project = Models.projectOf(elements.get(0));
        if (!Models.allIn(project, elements) || elements.stream().anyMatch(Tag.class::isInstance)) {
            return false;
        }
        if (add) {
            if (name == null || name.isEmpty()) {
                return false;
            }
            Tag existing = findTag(project, name);
            return existing == null || elements.stream().anyMatch(element -> !element.getTags().contains(existing));
        }
        return tag != null && Models.projectOf(tag) == project && elements.stream().anyMatch(element -> element.getTags().contains(tag));
    }

    @Override
    protected Collection<?> build(CompoundCommand steps) {
        Project project = Models.projectOf(elements.get(0));
        Tag target = add ? findTag(project, name) : tag;
        if (target == null) {
            target = factory.createTag();
            target.setName(name);
            steps.append(AddCommand.create(domain, project, Literals.PROJECT__TAGS, target));
        }
        for (Element element : elements) {
            boolean tagged = element.getTags().contains(target);
            if (add && !tagged) {
                steps.append(AddCommand.create(domain, element, Literals.ELEMENT__TAGS, target));
            } else if (!add && tagged) {
                steps.append(RemoveCommand.create(domain, element, Literals.ELEMENT__TAGS, target));
            }
        }
        return List.of(target);
    }
}
