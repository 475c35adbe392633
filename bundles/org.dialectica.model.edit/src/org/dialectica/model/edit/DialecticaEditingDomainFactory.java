package org.dialectica.model.edit;

import java.time.Clock;
import java.util.function.Supplier;

import org.dialectica.model.provider.DialecticaItemProviderAdapterFactory;
import org.dialectica.model.resource.DialecticaResources;
import org.dialectica.model.util.DialecticaFactoryWithIds;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.provider.EcoreItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * Creates the editing domain of a project: item providers for the model (and for Ecore's map entries,
 * which {@code Source.metadata} uses), for resources, and reflective ones for anything else, over a
 * {@link BasicCommandStack}. The domain's resource set is {@link DialecticaResources#configure configured}
 * for Dialectica files. One domain per open project; nothing here is shared between domains.
 */
public final class DialecticaEditingDomainFactory {

    private DialecticaEditingDomainFactory() {
    }

    /** A domain whose new elements record no author (unknown). */
    public static DialecticaEditingDomain create() {
        return create(new DialecticaFactoryWithIds((String) null));
    }

    /** A domain whose new elements record the author {@code author} supplies at the time of creation. */
    public static DialecticaEditingDomain create(Supplier<String> author) {
        return create(new DialecticaFactoryWithIds(author, Clock.systemUTC()));
    }

    /** A domain creating elements with {@code elementFactory}. */
    public static DialecticaEditingDomain create(DialecticaFactoryWithIds elementFactory) {
        DialecticaEditingDomain domain = new DialecticaEditingDomain(createAdapterFactory(), new BasicCommandStack(), elementFactory);
        DialecticaResources.configure(domain.getResourceSet());
        return domain;
    }

    /**
     * The adapter factory of a domain, for label and content providers. Whoever creates one disposes it
     * ({@link ComposedAdapterFactory#dispose()}) when done with it.
     */
    public static ComposedAdapterFactory createAdapterFactory() {
        ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
        adapterFactory.addAdapterFactory(new DialecticaItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new EcoreItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return adapterFactory;
    }
}
