package org.dialectica.model.edit;

import java.util.Objects;

import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The editing domain of one open project: EMF's {@link AdapterFactoryEditingDomain}, plus the factory
 * that stamps new elements with an id, a creation time and the current author. Commands built by
 * {@link org.dialectica.model.edit.commands.DialecticaCommands} take the factory from here, so every
 * caller (workbench, command line, importer) records provenance the same way.
 */
public class DialecticaEditingDomain extends AdapterFactoryEditingDomain {

    private final DialecticaFactoryWithIds elementFactory;

    public DialecticaEditingDomain(AdapterFactory adapterFactory, CommandStack commandStack,
            DialecticaFactoryWithIds elementFactory) {
        super(adapterFactory, commandStack);
        this.elementFactory = Objects.requireNonNull(elementFactory, "elementFactory");
    }

    /** The factory for elements that users create in this domain. */
    public DialecticaFactoryWithIds elementFactory() {
        return elementFactory;
    }

    /**
     * The element factory of {@code domain}.
     *
     * @throws IllegalArgumentException when {@code domain} was not made by {@link DialecticaEditingDomainFactory}
     */
    public static DialecticaFactoryWithIds elementFactoryOf(EditingDomain domain) {
        if (domain instanceof DialecticaEditingDomain dialectica) {
            return dialectica.elementFactory();
        }
        throw new IllegalArgumentException("not a Dialectica editing domain (create it with DialecticaEditingDomainFactory): " + domain);
    }
}
