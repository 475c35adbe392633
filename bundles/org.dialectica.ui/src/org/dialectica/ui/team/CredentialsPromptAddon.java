package org.dialectica.ui.team;

import org.dialectica.team.CredentialsPrompt;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Offers the {@link CredentialsDialog} to the team service while the workbench runs. An addon rather than a
 * DS component, so that the command line, which starts the same bundles without a workbench, never has
 * a prompt that would need a display.
 */
public class CredentialsPromptAddon {

    private ServiceRegistration<CredentialsPrompt> registration;

    @PostConstruct
    void register(Display display) {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        registration = context.registerService(CredentialsPrompt.class, new CredentialsDialog(display), null);
    }

    @PreDestroy
    void unregister() {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }
}
