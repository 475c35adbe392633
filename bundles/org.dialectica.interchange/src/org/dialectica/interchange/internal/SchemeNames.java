package org.dialectica.interchange.internal;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import org.dialectica.model.Scheme;

/**
 * Matches scheme names written by people and tools ("Argument From Expert Opinion", "expert_opinion",
 * "ExpertOpinion") by a normal form: accents, case, punctuation, spaces and a leading "argument from"
 * removed.
 */
public final class SchemeNames {

    /** RA-node texts that mean "no particular scheme" in AIFdb, OVA and Argdown. */
    private static final java.util.Set<String> NO_SCHEME = java.util.Set.of("", "defaultinference", "ra",
            "inference", "default");

    private SchemeNames() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        for (String prefix : new String[] { "argumentfrom", "argumentby", "argfrom", "argumentfor" }) {
            if (plain.startsWith(prefix) && plain.length() > prefix.length()) {
                return plain.substring(prefix.length());
            }
        }
        return plain;
    }

    /** Whether a scheme text means no scheme at all, such as AIFdb's "Default Inference". */
    public static boolean meansNoScheme(String name) {
        return NO_SCHEME.contains(normalise(name));
    }

    /** The scheme in {@code schemes} whose name or label has the same normal form, if any. */
    public static Optional<Scheme> find(Collection<? extends Scheme> schemes, String name) {
        String wanted = normalise(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (Scheme scheme : schemes) {
            if (wanted.equals(normalise(scheme.getName())) || wanted.equals(normalise(scheme.getLabel()))) {
                return Optional.of(scheme);
            }
        }
        return Optional.empty();
    }

    /** A stable key for a scheme known only by a text such as "Argument From Expert Opinion": "ExpertOpinion". */
    public static String keyFor(String text) {
        String stripped = text.strip().replaceFirst("(?i)^argument\\s+(from|by|for)\\s+", "");
        StringBuilder key = new StringBuilder();
        for (String word : stripped.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                key.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return key.isEmpty() ? text.strip() : key.toString();
    }
}
