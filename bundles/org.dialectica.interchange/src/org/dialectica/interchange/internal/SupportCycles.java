package org.dialectica.interchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dialectica.model.Claim;
import org.dialectica.model.Inference;

/**
 * Finds circular support (A supports B ... supports A) among inferences. The model forbids only the
 * one-step case (rule 9); longer circles are legal but are usually a reading mistake or begging the
 * question, so readers report them.
 */
public final class SupportCycles {

    private SupportCycles() {
    }

    /** Each circle found, as the claims along it; every claim on a circle is reported once. */
    public static List<List<Claim>> find(List<Inference> inferences) {
        Map<Claim, Set<Claim>> supports = new HashMap<>();
        for (Inference inference : inferences) {
            for (Claim premise : inference.getPremises()) {
                if (inference.getConclusion() != null) {
                    supports.computeIfAbsent(premise, c -> new LinkedHashSet<>()).add(inference.getConclusion());
                }
            }
        }
        List<List<Claim>> cycles = new ArrayList<>();
        Set<Claim> done = new HashSet<>();
        for (Claim start : supports.keySet()) {
            walk(start, supports, new ArrayList<>(), new HashSet<>(), done, cycles);
        }
        return cycles;
    }

    private static void walk(Claim claim, Map<Claim, Set<Claim>> supports, List<Claim> path, Set<Claim> onPath,
            Set<Claim> done, List<List<Claim>> cycles) {
        if (onPath.contains(claim)) {
            cycles.add(List.copyOf(path.subList(path.indexOf(claim), path.size())));
            return;
        }
        if (!done.add(claim)) {
            return;
        }
        path.add(claim);
        onPath.add(claim);
        for (Claim next : supports.getOrDefault(claim, Set.of())) {
            walk(next, supports, path, onPath, done, cycles);
        }
        path.remove(path.size() - 1);
        onPath.remove(claim);
    }
}
