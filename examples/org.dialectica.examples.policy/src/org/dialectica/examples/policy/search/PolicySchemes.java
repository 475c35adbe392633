package org.dialectica.examples.policy.search;

import java.util.Set;

/**
 * The ids of the schemes in {@code schemes/policy.dialectica}. A project's copy of a catalogue scheme keeps
 * the catalogue's id, so inferences are recognised by id, whatever the scheme has been renamed to.
 */
public final class PolicySchemes {

    public static final String COST_BENEFIT = "7a1c0e52-4b8e-4f0a-9d7e-2f6b3c5a0101";
    public static final String POLICY_PRECEDENT = "7a1c0e52-4b8e-4f0a-9d7e-2f6b3c5a0201";
    public static final String SLIPPERY_SLOPE = "7a1c0e52-4b8e-4f0a-9d7e-2f6b3c5a0301";

    public static final Set<String> IDS = Set.of(COST_BENEFIT, POLICY_PRECEDENT, SLIPPERY_SLOPE);

    private PolicySchemes() {
    }
}
