package org.dialectica.examples.policy.srt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cues of a SubRip (.srt) text: blocks separated by blank lines, each an optional cue number, a
 * timing line {@code 00:00:01,000 --> 00:00:04,000} and the text lines. Formatting tags ({@code <i>},
 * {@code <font ...>}) and ASS position codes ({@code {\an8}}) are dropped. Lenient where players are lenient
 * (missing numbers, '.' as millisecond separator, extra blank lines); a block without a timing line is an error,
 * since it means the file is not SubRip at all.
 */
public final class SrtParser {

    private static final Pattern TIMING = Pattern.compile(
            "\\s*(\\d{1,3}):(\\d{2}):(\\d{2})[,.](\\d{1,3})\\s*-->\\s*(\\d{1,3}):(\\d{2}):(\\d{2})[,.](\\d{1,3}).*");
    private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z][^>]*>|\\{\\\\[^}]*\\}");

    /** The file's content does not follow the SubRip layout. */
    public static final class SrtFormatException extends Exception {
        private static final long serialVersionUID = 1L;

        SrtFormatException(String message) {
            super(message);
        }
    }

    /** The cues of {@code content} in file order (cues without text are kept out). */
    public List<Cue> parse(String content) throws SrtFormatException {
        String[] lines = content.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
        List<Cue> cues = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int blockStart = i;
            if (lines[i].strip().matches("\\d+") && i + 1 < lines.length) {
                i++; // the cue number: order comes from the file, numbers are often wrong
            }
            Matcher timing = TIMING.matcher(lines[i]);
            if (!timing.matches()) {
                throw new SrtFormatException("line " + (blockStart + 1) + ": expected a cue timing such as "
                        + "'00:00:01,000 --> 00:00:04,000' but found '" + abbreviate(lines[i]) + "'");
            }
            i++;
            StringBuilder text = new StringBuilder();
            while (i < lines.length && !lines[i].isBlank()) {
                String line = MARKUP.matcher(lines[i]).replaceAll("").strip();
                if (!line.isEmpty()) {
                    text.append(text.isEmpty() ? "" : " ").append(line);
                }
                i++;
            }
            if (!text.isEmpty()) {
                cues.add(new Cue(time(timing, 1), time(timing, 5), text.toString()));
            }
        }
        return cues;
    }

    private static Duration time(Matcher m, int group) {
        String millis = (m.group(group + 3) + "00").substring(0, 3);
        return Duration.ofHours(Long.parseLong(m.group(group))).plusMinutes(Long.parseLong(m.group(group + 1)))
                .plusSeconds(Long.parseLong(m.group(group + 2))).plusMillis(Long.parseLong(millis));
    }

    private static String abbreviate(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "..." : line;
    }
}
