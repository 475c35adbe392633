package org.dialectica.model.edit.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.dialectica.model.DialecticaPackage.Literals;
import org.dialectica.model.Element;
import org.dialectica.model.Memo;
import org.dialectica.model.Project;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Adds a memo to the project, about some elements (or none: a memo about the project). Cannot
 * execute with a blank text. The result is the memo.
 */
public class MemoCommand extends DialecticaCommand {

    private final DialecticaFactoryWithIds factory;
    private final Project project;
    private final String text;
    private final List<Element> about;

    public MemoCommand(EditingDomain domain, DialecticaFactoryWithIds factory, Project project, String text,
            Collection<? extends Element> about) {
        super(domain, "Add memo", "Adds a memo about elements");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.project = project;
        this.text = text;
        this.about = new ArrayList<>(Objects.requireNonNull(about, "about"));
    }

    @Override
    protected boolean isValid() {
        return project != null && text != null && !text.isBlank() && Models.allIn(project, about)
                && about.stream().distinct().count() == about.size();
    }

    @Override
    protected Collection<?> build(CompoundCommand steps) {
        Memo memo = factory.createMemo();
        memo.setText(text.strip());
        steps.append(AddCommand.create(domain, project, Literals.PROJECT__MEMOS, memo));
        // Memo.about has a (transient) opposite, Element.memos: set through a command, after the memo is
        // in the project, so that undo takes the memo out of the elements' memos too.
        if (!about.isEmpty()) {
            steps.append(AddCommand.create(domain, memo, Literals.MEMO__ABOUT, about));
        }
        return List.of(memo);
    }
}
