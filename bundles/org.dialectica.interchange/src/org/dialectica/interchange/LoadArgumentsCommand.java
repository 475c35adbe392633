package org.dialectica.interchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dialectica.interchange.internal.SchemeNames;
import org.dialectica.model.DialecticaPackage;
import org.dialectica.model.Element;
import org.dialectica.model.Inference;
import org.dialectica.model.Project;
import org.dialectica.model.Scheme;
import org.dialectica.model.Tag;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Adds what a reader produced to a project as ONE undoable command: one undo removes the whole file.
 * Imported schemes and tags that the project already has (schemes by normalised name or label, tags by
 * name ignoring case) are not added twice: the imported elements are pointed at the project's ones.
 * <p>
 * The {@link ImportedArguments} is consumed: its elements become the project's when the command runs.
 * Build it with {@link #create}, then execute it on the domain's command stack.
 */
public final class LoadArgumentsCommand extends CompoundCommand {

    private final ImportedArguments imported;
    private final List<Scheme> reusedSchemes = new ArrayList<>();

    private LoadArgumentsCommand(ImportedArguments imported) {
        super("Load arguments from " + imported.fileName());
        this.imported = imported;
    }

    /**
     * Prepares the command; nothing in the project changes until it is executed.
     *
     * @throws InterchangeException when the elements cannot be added (the command could not execute)
     */
    public static LoadArgumentsCommand create(EditingDomain domain, Project project, ImportedArguments imported)
            throws InterchangeException {
        LoadArgumentsCommand command = new LoadArgumentsCommand(imported);
        List<Scheme> newSchemes = command.reuseKnownSchemes(project);
        List<Tag> newTags = reuseKnownTags(project, imported);
        command.addAll(domain, project, DialecticaPackage.Literals.PROJECT__SCHEMES, newSchemes);
        command.addAll(domain, project, DialecticaPackage.Literals.PROJECT__TAGS, newTags);
        command.addAll(domain, project, DialecticaPackage.Literals.PROJECT__NODES, imported.nodes());
        command.addAll(domain, project, DialecticaPackage.Literals.PROJECT__ISSUES, imported.issues());
        if (command.isEmpty()) {
            throw new InterchangeException(imported.fileName(), "nothing to load: the file holds no arguments");
        }
        if (!command.canExecute()) {
            throw new InterchangeException(imported.fileName(), "the arguments cannot be added to project "
                    + project.getName());
        }
        return command;
    }

    /** Executes the command on the domain's stack: after this, one undo removes everything loaded. */
    public static LoadArgumentsCommand load(EditingDomain domain, Project project, ImportedArguments imported)
            throws InterchangeException {
        LoadArgumentsCommand command = create(domain, project, imported);
        domain.getCommandStack().execute(command);
        return command;
    }

    public ImportedArguments imported() {
        return imported;
    }

    /** The project's schemes that imported inferences now use instead of an imported copy. */
    public List<Scheme> reusedSchemes() {
        return List.copyOf(reusedSchemes);
    }

    private void addAll(EditingDomain domain, Project project, EReference feature, Collection<?> values) {
        if (!values.isEmpty()) {
            Command add = AddCommand.create(domain, project, feature, values);
            append(add);
        }
    }

    private List<Scheme> reuseKnownSchemes(Project project) {
        List<Scheme> toAdd = new ArrayList<>();
        Map<Scheme, Scheme> replacement = new HashMap<>();
        for (Scheme scheme : imported.schemes()) {
            Scheme known = SchemeNames.find(project.getSchemes(), scheme.getName())
                    .or(() -> SchemeNames.find(project.getSchemes(), scheme.getLabel())).orElse(null);
            if (known == null) {
                toAdd.add(scheme);
            } else {
                replacement.put(scheme, known);
                reusedSchemes.add(known);
            }
        }
        for (Inference inference : imported.inferences()) {
            Scheme known = replacement.get(inference.getScheme());
            if (known != null) {
                inference.setScheme(known);
            }
        }
        return toAdd;
    }

    private static List<Tag> reuseKnownTags(Project project, ImportedArguments imported) {
        Map<String, Tag> byName = new HashMap<>();
        project.getTags().forEach(tag -> byName.putIfAbsent(key(tag), tag));
        List<Tag> toAdd = new ArrayList<>();
        Map<Tag, Tag> replacement = new HashMap<>();
        for (Tag tag : imported.tags()) {
            Tag known = byName.get(key(tag));
            if (known == null) {
                toAdd.add(tag);
            } else {
                replacement.put(tag, known);
            }
        }
        if (!replacement.isEmpty()) {
            List<Element> tagged = new ArrayList<>(imported.nodes());
            tagged.addAll(imported.issues());
            for (Element element : tagged) {
                element.getTags().replaceAll(tag -> replacement.getOrDefault(tag, tag));
            }
        }
        return toAdd;
    }

    private static String key(Tag tag) {
        return tag.getName() == null ? "" : tag.getName().toLowerCase(Locale.ROOT);
    }
}
