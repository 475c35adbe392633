package org.dialectica.examples.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.List;

import org.dialectica.examples.policy.ui.OpenQuestionsPart;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.e4.ui.internal.workbench.ModelAssembler;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The view reaches the workbench: e4's own {@link ModelAssembler} (the one the workbench runs at start) merges the
 * example's fragment into Dialectica's real {@code Application.e4xmi}, and the Open questions part must come out in
 * the Read perspective's Critical questions stack, with a descriptor, pointing at a class the bundle can load.
 */
class OpenQuestionsViewContributionTest {

    private static final String STACK = "org.dialectica.ui.read.stack.cq";

    @Test
    void theFragmentIsRegisteredByTheExampleBundle() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<IConfigurationElement> fragments = List.of(
                registry.getConfigurationElementsFor("org.eclipse.e4.workbench.model")).stream()
                .filter(element -> element.getContributor().getName().equals("org.dialectica.examples.policy.ui"))
                .toList();
        assertEquals(1, fragments.size(), "one fragment from the example");
        assertEquals("fragment.e4xmi", fragments.get(0).getAttribute("uri"));
    }

    @Test
    void theAssembledApplicationModelHasThePartAndItsDescriptor() throws Exception {
        MApplication application = dialecticaApplicationModel();
        assertTrue(partsIn(application).isEmpty(), "not in Dialectica's own model");

        Bundle test = FrameworkUtil.getBundle(getClass());
        IEclipseContext context = EclipseContextFactory.getServiceContext(test.getBundleContext()).createChild();
        context.set(MApplication.class, application);
        ModelAssembler assembler = ContributionsInDialecticaTest.service(ModelAssembler.class);
        assembler.init(application, context, new InlineSynchronize());
        // What the workbench runs at start: every fragment of the extension registry, read from platform:/plugin URIs
        // (whose handler org.eclipse.core.runtime registers when it starts), merged as its "apply" attribute says.
        bundle("org.eclipse.core.runtime").start(Bundle.START_TRANSIENT);
        assembler.processModel(true);

        List<MPart> parts = partsIn(application);
        assertEquals(1, parts.size(), "exactly one Open questions part after assembly");
        MPart part = parts.get(0);
        assertEquals(STACK, part.getParent().getElementId());
        assertTrue((Object) part.getParent() instanceof MPartStack);
        assertEquals("Open questions", part.getLabel());
        MPartDescriptor descriptor = application.getDescriptors().stream()
                .filter(d -> d.getElementId().equals(OpenQuestionsPart.DESCRIPTOR_ID)).findFirst().orElse(null);
        assertNotNull(descriptor, "a descriptor for EPartService.showPart");
        assertEquals(part.getContributionURI(), descriptor.getContributionURI());

        // bundleclass://<bundle>/<class>, as e4 resolves it when it creates the part
        String[] uri = part.getContributionURI().substring("bundleclass://".length()).split("/");
        Bundle owner = bundle(uri[0]);
        assertEquals(OpenQuestionsPart.class.getName(), uri[1]);
        assertEquals(OpenQuestionsPart.class, owner.loadClass(uri[1]));
    }

    private static List<MPart> partsIn(MApplication application) {
        List<MPart> parts = new java.util.ArrayList<>();
        ((EObject) application).eAllContents().forEachRemaining(object -> {
            if (object instanceof MPart part && OpenQuestionsPart.ID.equals(part.getElementId())) {
                parts.add(part);
            }
        });
        return parts;
    }

    private static Bundle bundle(String name) {
        return List.of(FrameworkUtil.getBundle(OpenQuestionsViewContributionTest.class).getBundleContext().getBundles())
                .stream().filter(b -> name.equals(b.getSymbolicName())).findFirst().orElseThrow();
    }

    private static MApplication dialecticaApplicationModel() throws Exception {
        return (MApplication) load(bundle("org.dialectica.ui"), "Application.e4xmi");
    }

    /** Loads an e4 model file of a bundle into a resource set that reads e4 fragments as the workbench does. */
    private static Object load(Bundle bundle, String path) throws Exception {
        URL entry = bundle.getEntry(path);
        assertNotNull(entry, bundle.getSymbolicName() + " has " + path);
        ResourceSetImpl resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new E4XMIResourceFactory());
        Resource resource = resources.createResource(URI.createURI(entry.toString()));
        try (InputStream in = entry.openStream()) {
            resource.load(in, null);
        }
        return resource.getContents().get(0);
    }

    /** The assembler hands some work to the UI thread; there is none here, so it runs on the caller's. */
    private static final class InlineSynchronize extends UISynchronize {
        @Override
        public void syncExec(Runnable runnable) {
            runnable.run();
        }

        @Override
        public void asyncExec(Runnable runnable) {
            runnable.run();
        }

        @Override
        protected boolean isUIThread(Thread thread) {
            return true;
        }

        @Override
        protected void showBusyWhile(Runnable runnable) {
            runnable.run();
        }

        @Override
        protected boolean dispatchEvents() {
            return false;
        }
    }
}
