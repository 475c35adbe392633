package org.dialectica.team;

/**
 * Both sides of a merge changed the same thing of one model element in different ways. The merged file
 * keeps {@code ours}; {@code theirs} stays in the other side's commit (the merge commit's second parent)
 * and is repeated here and in the merge commit's message, so nothing is lost.
 *
 * @param elementId the element's id (a UUID)
 * @param elementType its model class, e.g. {@code Claim}
 * @param feature the attribute or reference that both changed, e.g. {@code text}; {@link #ELEMENT} when one
 *        side deleted the element and the other changed or still uses it
 * @param ours our value, as text (references as ids)
 * @param theirs their value, as text
 */
public record MergeConflict(String elementId, String elementType, String feature, String ours, String theirs) {

    /** The {@link #feature} of a conflict about the element's existence (deleted on one side only). */
    public static final String ELEMENT = "(element)";

    /** The {@link #feature} of a conflict about where the element is contained (moved on both sides). */
    public static final String CONTAINER = "(container)";

    /** One line for people: {@code Claim 1234… text: ours "a" | theirs "b"}. */
    public String describe() {
        return elementType + " " + elementId + " " + feature + ": ours " + ours + " | theirs " + theirs;
    }
}
