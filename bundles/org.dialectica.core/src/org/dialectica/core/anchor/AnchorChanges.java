package org.dialectica.core.anchor;

import org.eclipse.emf.common.command.CompoundCommand;

/**
 * Re-anchoring worked out but not yet applied: {@link #command()} (empty when nothing changes) moves
 * the anchors as {@link #report()} says.
 */
public record AnchorChanges(CompoundCommand command, AnchorReport report) {
}
