package org.dialectica.model.edit.commands;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.dialectica.model.DialecticaPackage.Literals;
import org.dialectica.model.Node;
import org.dialectica.model.Preference;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Creates a preference of one node over another (AIF PA-node). The result is the preference. */
public class CreatePreferenceCommand extends DialecticaCommand {

    private final DialecticaFactoryWithIds factory;
    private final Node preferred;
    private final Node dispreferred;

    public CreatePreferenceCommand(EditingDomain domain, DialecticaFactoryWithIds factory, Node preferred, Node dispreferred) {
        super(domain, "Create preference", "Prefers one node over another");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.preferred = preferred;
        this.dispreferred = dispreferred;
    }

    @Override
    protected boolean isValid() {
        return preferred != dispreferred && Models.allIn(Models.projectOf(preferred), List.of(preferred, dispreferred));
    }

    @Override
    protected Collection<?> build(CompoundCommand steps) {
        Preference preference = factory.createPreference();
        preference.setPreferred(preferred);
        preference.setDispreferred(dispreferred);
        steps.append(AddCommand.create(domain, Models.projectOf(preferred), Literals.PROJECT__NODES, preference));
        return List.of(preference);
    }
}
