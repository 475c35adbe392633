package org.dialectica.index;

import java.util.Locale;
import java.util.Optional;

/** The kinds of model element the index holds, plus {@link #PASSAGE} for source text. */
public enum ElementType {
    PASSAGE, CLAIM, ISSUE, INFERENCE, CONFLICT, MEMO;

    /** The lower-case name used in queries ({@code type:claim}), in facets and in JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named by a query label, case-insensitively. */
    public static Optional<ElementType> fromLabel(String label) {
        for (ElementType type : values()) {
            if (type.label().equalsIgnoreCase(label)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
