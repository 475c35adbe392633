package org.dialectica.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Checks Dialectica's layering on the real OSGi wiring of the product's bundles: what a bundle is wired
 * to is exactly what its classes can load, so this catches every reach upward, whether through
 * Require-Bundle or Import-Package. (ArchUnit would check source imports; in OSGi the wiring is the
 * stronger and simpler fact.)
 */
class LayeringTest {

    private static final List<String> UI_TOOLKITS = List.of("org.eclipse.swt", "org.eclipse.jface",
            "org.eclipse.e4.ui.");

    @Test
    void everyDialecticaBundleHasALayer() {
        List<String> unclassified = dialecticaBundles().stream()
                .map(Bundle::getSymbolicName)
                .filter(name -> Layer.of(name).isEmpty())
                .toList();
        assertEquals(List.of(), unclassified, "add new bundles to Layer so that their dependencies are checked");
    }

    @Test
    void theProductsBundlesAreAllChecked() {
        Set<String> names = new TreeSet<>();
        dialecticaBundles().forEach(b -> names.add(b.getSymbolicName()));
        assertTrue(names.containsAll(List.of("org.dialectica.core", "org.dialectica.ui", "org.dialectica.model",
                "org.dialectica.lib.lucene", "org.dialectica.lib.tika")), "bundles under test: " + names);
        for (Bundle bundle : dialecticaBundles()) {
            assertTrue(wiring(bundle) != null, bundle.getSymbolicName() + " is resolved");
        }
        // The wiring really shows dependencies, so the checks below cannot pass vacuously.
        Bundle ui = dialecticaBundles().stream().filter(b -> b.getSymbolicName().equals("org.dialectica.ui"))
                .findFirst().orElseThrow();
        Set<String> uiProviders = new TreeSet<>();
        providersOf(ui).forEach(b -> uiProviders.add(b.getSymbolicName()));
        assertTrue(uiProviders.containsAll(List.of("org.dialectica.core", "org.eclipse.swt")), "ui is wired to " + uiProviders);
    }

    @Test
    void noLayerReachesUpward() {
        List<String> violations = new ArrayList<>();
        for (Bundle bundle : dialecticaBundles()) {
            Layer own = Layer.of(bundle.getSymbolicName()).orElseThrow();
            for (Bundle provider : providersOf(bundle)) {
                Optional<Layer> theirs = Layer.of(provider.getSymbolicName());
                if (theirs.isPresent() && theirs.get().compareTo(own) > 0) {
                    violations.add(bundle.getSymbolicName() + " (" + own + ") -> " + provider.getSymbolicName()
                            + " (" + theirs.get() + ")");
                }
            }
        }
        assertEquals(List.of(), violations, "a layer may only depend on its own layer or lower ones");
    }

    @Test
    void nothingBelowTheUserInterfaceTouchesSwtJFaceOrTheE4Ui() {
        List<String> violations = new ArrayList<>();
        for (Bundle bundle : dialecticaBundles()) {
            if (isUserInterface(bundle.getSymbolicName())) {
                continue;
            }
            for (Bundle provider : providersOf(bundle)) {
                if (UI_TOOLKITS.stream().anyMatch(provider.getSymbolicName()::startsWith)) {
                    violations.add(bundle.getSymbolicName() + " -> " + provider.getSymbolicName());
                }
            }
        }
        assertEquals(List.of(), violations, "only org.dialectica.ui* may use SWT, JFace and the e4 UI");
    }

    @Test
    void onlyTheirServiceBundlesTouchLuceneAndTika() {
        List<String> violations = new ArrayList<>();
        for (Bundle bundle : dialecticaBundles()) {
            String name = bundle.getSymbolicName();
            for (Bundle provider : providersOf(bundle)) {
                String library = provider.getSymbolicName();
                boolean lucene = library.equals("org.dialectica.lib.lucene") && !name.startsWith("org.dialectica.index");
                boolean tika = library.equals("org.dialectica.lib.tika") && !name.startsWith("org.dialectica.importer");
                if (lucene || tika) {
                    violations.add(name + " -> " + library);
                }
            }
        }
        assertEquals(List.of(), violations, "the UI and other services reach Lucene and Tika only through services");
    }

    @Test
    void theCommandLineDoesNotDependOnTheWorkbench() {
        for (Bundle bundle : dialecticaBundles()) {
            if (!bundle.getSymbolicName().startsWith("org.dialectica.cli")) {
                continue;
            }
            for (Bundle provider : providersOf(bundle)) {
                assertTrue(!isUserInterface(provider.getSymbolicName()),
                        bundle.getSymbolicName() + " must run headless but uses " + provider.getSymbolicName());
            }
        }
    }

    private static boolean isUserInterface(String symbolicName) {
        return symbolicName.equals("org.dialectica.ui") || symbolicName.startsWith("org.dialectica.ui.");
    }

    /** The product's Dialectica bundles; test bundles are not part of the product. */
    private static List<Bundle> dialecticaBundles() {
        Bundle self = FrameworkUtil.getBundle(LayeringTest.class);
        return Arrays.stream(self.getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.dialectica."))
                .filter(b -> !b.getSymbolicName().endsWith(".tests"))
                .filter(b -> !b.getSymbolicName().startsWith("org.dialectica.examples"))
                .toList();
    }

    private static BundleWiring wiring(Bundle bundle) {
        return bundle.adapt(BundleWiring.class);
    }

    /** Every bundle that provides a package or bundle requirement of {@code bundle}. */
    private static List<Bundle> providersOf(Bundle bundle) {
        BundleWiring wiring = wiring(bundle);
        if (wiring == null) {
            return List.of();
        }
        List<Bundle> providers = new ArrayList<>();
        for (BundleWire wire : wiring.getRequiredWires(null)) {
            Bundle provider = wire.getProviderWiring().getBundle();
            if (provider.getBundleId() != 0 && provider != bundle) {
                providers.add(provider);
            }
        }
        return providers;
    }
}
