package org.dialectica.ui.preferences;

import java.time.Duration;

import org.dialectica.core.project.AutosavePolicy;
import org.dialectica.core.project.ProjectService;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Whether and how soon unsaved work is autosaved, stored as instance-scope preferences of the UI bundle and
 * applied to the {@link ProjectService} (which forgets it when the process ends): at each start by the project
 * session, and whenever the Preferences dialog stores a change.
 */
public final class AutosavePreferences {

    public static final String ENABLED = "autosave.enabled";
    public static final String DELAY_SECONDS = "autosave.delaySeconds";

    public static final boolean DEFAULT_ENABLED = AutosavePolicy.DEFAULT.enabled();
    public static final int DEFAULT_DELAY_SECONDS = (int) AutosavePolicy.DEFAULT.delay().toSeconds();
    /** The longest delay offered: an hour of work at risk is already a lot. */
    public static final int MAX_DELAY_SECONDS = 3600;

    private final IEclipsePreferences node;

    public AutosavePreferences(IEclipsePreferences node) {
        this.node = node;
    }

    /** The instance-scope (workspace) preferences. */
    public static AutosavePreferences instance() {
        return new AutosavePreferences(InstanceScope.INSTANCE.getNode(ImportPreferences.NODE));
    }

    public boolean enabled() {
        return node.getBoolean(ENABLED, DEFAULT_ENABLED);
    }

    public int delaySeconds() {
        int value = node.getInt(DELAY_SECONDS, DEFAULT_DELAY_SECONDS);
        return value >= 1 && value <= MAX_DELAY_SECONDS ? value : DEFAULT_DELAY_SECONDS; // hand-edited nonsense
    }

    public AutosavePolicy policy() {
        return enabled() ? AutosavePolicy.after(Duration.ofSeconds(delaySeconds())) : AutosavePolicy.off();
    }

    /** Stores the choice (defaults are not written) and applies it to {@code projects}, when given. */
    public void store(boolean enabled, int delaySeconds, ProjectService projects) throws BackingStoreException {
        if (enabled == DEFAULT_ENABLED) {
            node.remove(ENABLED);
        } else {
            node.putBoolean(ENABLED, enabled);
        }
        if (delaySeconds == DEFAULT_DELAY_SECONDS) {
            node.remove(DELAY_SECONDS);
        } else {
            node.putInt(DELAY_SECONDS, delaySeconds);
        }
        node.flush();
        applyTo(projects);
    }

    /** Back to the defaults, applied to {@code projects} when given. */
    public void reset(ProjectService projects) throws BackingStoreException {
        node.remove(ENABLED);
        node.remove(DELAY_SECONDS);
        node.flush();
        applyTo(projects);
    }

    /** Makes {@code projects} autosave as these preferences say. */
    public void applyTo(ProjectService projects) {
        if (projects != null) {
            projects.setAutosavePolicy(policy());
        }
    }
}
