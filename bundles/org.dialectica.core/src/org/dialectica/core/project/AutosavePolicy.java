package org.dialectica.core.project;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether, and how long after the last edit, unsaved work of an open project is written to its autosave in
 * the background (see {@link ProjectService#setAutosavePolicy}). Closing a project with unsaved work keeps it in
 * the autosave whatever the policy, so that "Don't Save" never loses work.
 *
 * @param enabled whether the background autosave runs
 * @param delay   how long after the last edit it runs; not negative (ignored when disabled)
 */
public record AutosavePolicy(boolean enabled, Duration delay) {

    /** What a project service starts with: two seconds after the last edit. */
    public static final AutosavePolicy DEFAULT = after(Duration.ofSeconds(2));

    public AutosavePolicy {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("The autosave delay cannot be negative: " + delay);
        }
    }

    /** Autosave {@code delay} after the last edit. */
    public static AutosavePolicy after(Duration delay) {
        return new AutosavePolicy(true, delay);
    }

    /** No background autosave. */
    public static AutosavePolicy off() {
        return new AutosavePolicy(false, Duration.ZERO);
    }
}
