package org.dialectica.examples.policy.srt;

import java.time.Duration;

/**
 * One subtitle of a SubRip file: when it is shown and what it says.
 *
 * @param start when the cue appears
 * @param end   when it disappears
 * @param text  the spoken text, markup removed, the cue's lines joined by spaces (subtitle line breaks are
 *              layout, not structure)
 */
public record Cue(Duration start, Duration end, String text) {
}
