package org.dialectica.model.edit.commands;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.dialectica.model.Claim;
import org.dialectica.model.CriticalQuestion;
import org.dialectica.model.DialecticaPackage.Literals;
import org.dialectica.model.Issue;
import org.dialectica.model.Memo;
import org.dialectica.model.Project;
import org.dialectica.model.Scheme;
import org.dialectica.model.Source;
import org.dialectica.model.Tag;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Sets the text users name an object by: a claim's, issue's, memo's or critical question's text, a
 * tag's or project's name, a scheme's label, a source's title. Cannot execute for a blank text, an
 * unchanged one, or another kind of object. The result is the object.
 */
public class RenameCommand extends DialecticaCommand {

    private final EObject object;
    private final String text;

    public RenameCommand(EditingDomain domain, EObject object, String text) {
        super(domain, "Rename", "Changes the text of an element");
        this.object = object;
        this.text = text == null ? null : text.strip();
    }

    /** The attribute that names {@code object}, or {@code null} when it has none that users edit. */
    public static EAttribute nameAttribute(EObject object) {
        if (object instanceof Claim) {
            return Literals.CLAIM__TEXT;
        } else if (object instanceof Issue) {
            return Literals.ISSUE__TEXT;
        } else if (object instanceof Tag) {
            return Literals.TAG__NAME;
        } else if (object instanceof Memo) {
            return Literals.MEMO__TEXT;
        } else if (object instanceof Scheme) {
            return Literals.SCHEME__LABEL;
        } else if (object instanceof CriticalQuestion) {
            return Literals.CRITICAL_QUESTION__TEXT;
        } else if (object instanceof Project) {
            return Literals.PROJECT__NAME;
        } else if (object instanceof Source) {
            return Literals.SOURCE__TITLE;
        }
        return null;
    }

    @Override
    protected boolean isValid() {
        EAttribute attribute = nameAttribute(object);
        return attribute != null && text != null && !text.isEmpty() && !Objects.equals(object.eGet(attribute), text);
    }

    @Override
    protected Collection<?> build(CompoundCommand steps) {
        steps.append(SetCommand.create(domain, object, nameAttribute(object), text));
        return List.of(object);
    }
}
