package org.dialectica.interchange.argdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The lexical bits of Argdown that reader and exporter share: tags, escapes, metadata. */
final class ArgdownSyntax {

    /** {@code #tag} or {@code #(tag with spaces)}, at the start or after white space. */
    static final Pattern TAG = Pattern.compile("(?<=^|\\s)#(?:\\(([^)]+)\\)|([\\p{L}\\p{N}_-]+))");

    /** {@code {key: value, ...}} at the end of a line. */
    static final Pattern TRAILING_METADATA = Pattern.compile("\\s*\\{([^{}]*)\\}\\s*$");

    private ArgdownSyntax() {
    }

    /** Text with its tags removed, and the tags found. */
    record Tagged(String text, List<String> tags) {
    }

    static Tagged untag(String text) {
        List<String> tags = new ArrayList<>();
        Matcher matcher = TAG.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (matcher.find()) {
            tags.add(matcher.group(1) != null ? matcher.group(1).strip() : matcher.group(2));
            matcher.appendReplacement(rest, "");
        }
        matcher.appendTail(rest);
        return new Tagged(unescape(rest.toString().replaceAll("\\s{2,}", " ").strip()), tags);
    }

    static String tag(String name) {
        return name.matches("[\\p{L}\\p{N}_-]+") ? "#" + name : "#(" + name.replace(")", "") + ")";
    }

    /**
     * Makes a claim text safe on one Argdown line: line breaks become spaces, and the characters that would
     * start a tag, a reference or metadata are escaped with a backslash.
     */
    static String escape(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
        return oneLine.replace("\\", "\\\\").replace("#", "\\#").replace("[", "\\[").replace("]", "\\]")
                .replace("<", "\\<").replace(">", "\\>").replace("{", "\\{").replace("}", "\\}");
    }

    static String unescape(String text) {
        return text.replaceAll("\\\\([\\\\#\\[\\]<>{}])", "$1");
    }

    /** The value of {@code key} in a metadata text such as {@code scheme: "ExpertOpinion", uses: [1, 2]}. */
    static String metadataValue(String metadata, String key) {
        Matcher matcher = Pattern.compile("(?:^|,)\\s*" + Pattern.quote(key)
                + "\\s*:\\s*(\"([^\"]*)\"|'([^']*)'|\\[[^\\]]*\\]|[^,]+)").matcher(metadata);
        if (!matcher.find()) {
            return null;
        }
        String value = matcher.group(2) != null ? matcher.group(2)
                : matcher.group(3) != null ? matcher.group(3) : matcher.group(1);
        return value.strip();
    }

    static String quoted(String value) {
        return "\"" + value.replace("\"", "'") + "\"";
    }
}
