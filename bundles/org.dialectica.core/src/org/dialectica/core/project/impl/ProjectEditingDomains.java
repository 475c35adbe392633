package org.dialectica.core.project.impl;

import org.dialectica.model.edit.DialecticaEditingDomainFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/**
 * Creates the editing domain of an open project: model.edit's domain, whose element factory stamps new
 * elements with ids and the author, and whose item providers label them. Everything else in core relies only
 * on its {@link org.eclipse.emf.common.command.BasicCommandStack} (for {@code isSaveNeeded}/{@code saveIsDone}).
 */
public class ProjectEditingDomains {

    /** System property naming the author recorded on new elements; defaults to the operating system user. */
    public static final String AUTHOR_PROPERTY = "dialectica.author";

    public AdapterFactoryEditingDomain create() {
        return DialecticaEditingDomainFactory.create(
                () -> System.getProperty(AUTHOR_PROPERTY, System.getProperty("user.name", "unknown")));
    }
}
