package org.dialectica.core.project.impl;

import org.dialectica.model.resource.DialecticaResources;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * Creates the editing domain of an open project. The one place to switch to the domain factory of
 * the model.edit bundle once it exists; everything else only relies on {@link BasicCommandStack}
 * (for {@code isSaveNeeded}/{@code saveIsDone}).
 */
public class ProjectEditingDomains {

    public AdapterFactoryEditingDomain create() {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        DialecticaResources.configure(domain.getResourceSet());
        return domain;
    }
}
