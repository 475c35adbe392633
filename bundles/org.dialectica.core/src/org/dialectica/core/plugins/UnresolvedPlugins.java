package org.dialectica.core.plugins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * Installed bundles that OSGi could not resolve, typically a plugin that requires a bundle the product does not
 * have. Such a bundle is silently inert: Equinox logs nothing about it. This asks the framework why, so the
 * workbench and the command line can say so.
 */
public final class UnresolvedPlugins {

    private UnresolvedPlugins() {
    }

    /**
     * Every bundle still INSTALLED (not resolved), with the framework's reason and its file, e.g. "its dependencies
     * are missing: Unresolved requirement: Require-Bundle: org.example.x (/home/me/plugins/y_1.0.jar)".
     */
    public static List<ContributionProblem> find(BundleContext context) {
        List<ContributionProblem> problems = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() == Bundle.INSTALLED) {
                problems.add(new ContributionProblem(bundle.getSymbolicName() + " " + bundle.getVersion(),
                        "plugin " + bundle.getSymbolicName(), "its dependencies are missing: " + reason(bundle)
                                + " (" + bundle.getLocation().replaceFirst("^reference:", "").replaceFirst("^file:(//(?=/))?", "")
                                + ")"));
            }
        }
        return problems;
    }

    /**
     * The framework's resolution report, e.g. "Unresolved requirement: Require-Bundle: org.example.x". Asking it to
     * start the bundle (transiently, honouring lazy activation) is how OSGi reports it; an unresolvable bundle does
     * not start, so this has no effect on it.
     */
    static String reason(Bundle bundle) {
        if (bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
            return "a fragment whose host or requirements are missing";
        }
        try {
            bundle.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
            return "none any more (it has been resolved now)";
        } catch (BundleException | IllegalStateException | SecurityException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            // Equinox: "Could not resolve module: x [45]\n  Unresolved requirement: Require-Bundle: y\n ..."
            List<String> lines = Arrays.stream(message.split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                    .toList();
            return lines.size() > 1 ? lines.subList(1, lines.size()).stream().collect(Collectors.joining("; "))
                    : message;
        }
    }
}
