package org.dialectica.core.plugins;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Declarative Services components whose activation failed, typically a plugin's importer or filter whose
 * {@code @Activate} method threw: the service component runtime logs it and binds nothing, so the contribution is
 * simply absent. This asks the runtime, so the workbench can say so. Components are activated when first used, so a
 * component nothing has asked for yet is not listed.
 */
public final class FailedComponents {

    private FailedComponents() {
    }

    /** {@link #find(ServiceComponentRuntime)} with the framework's runtime; none when no runtime is running. */
    public static List<ContributionProblem> find(BundleContext context) {
        ServiceReference<ServiceComponentRuntime> reference = context.getServiceReference(ServiceComponentRuntime.class);
        ServiceComponentRuntime runtime = reference == null ? null : context.getService(reference);
        if (runtime == null) {
            return List.of();
        }
        try {
            return find(runtime);
        } finally {
            context.ungetService(reference);
        }
    }

    /** Every component configuration that failed to activate, with the first line of the runtime's reason. */
    public static List<ContributionProblem> find(ServiceComponentRuntime runtime) {
        List<ContributionProblem> problems = new ArrayList<>();
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    problems.add(new ContributionProblem(
                            description.bundle.symbolicName + " " + description.bundle.version,
                            "component " + description.name, "its component " + simpleName(description.name)
                                    + " failed to start: " + firstLine(configuration.failure)));
                }
            }
        }
        return problems;
    }

    /** How a component is named to users: its name after the last dot, usually its class's simple name. */
    public static String simpleName(String componentName) {
        return componentName.substring(componentName.lastIndexOf('.') + 1);
    }

    private static String firstLine(String failure) {
        if (failure == null || failure.isBlank()) {
            return "no reason given";
        }
        return failure.strip().lines().findFirst().orElse(failure);
    }
}
