package org.dialectica.model.util;

import java.util.UUID;

/**
 * Identity of model elements. Ids are random (version 4) UUIDs in their canonical lower-case form:
 * they never collide when two people annotate copies of a project, they say nothing about content
 * (so renaming or moving an element never changes its id), and git diffs of the XMI stay local.
 */
public final class ModelIds {

    private ModelIds() {
    }

    /** A fresh id for a new element. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Whether {@code id} is a UUID in canonical form, as {@link #newId()} makes them. */
    public static boolean isUuid(String id) {
        if (id == null || id.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }
}
