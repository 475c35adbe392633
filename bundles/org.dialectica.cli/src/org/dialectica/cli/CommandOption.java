package org.dialectica.cli;

/** The options {@link CommandArguments} understands; each command {@link CommandArguments#accept accepts} a subset. */
public enum CommandOption {

    /** {@code --json}: machine-readable output, one JSON document on stdout. */
    JSON("--json", null, false),
    /** {@code --limit N}: at most N results (a positive integer). */
    LIMIT("--limit", null, true),
    /** {@code -m M} or {@code --message M}: the commit message (sync). */
    MESSAGE("--message", "-m", true),
    /** {@code -o FILE} or {@code --output FILE}: write to FILE instead of stdout. */
    OUTPUT("--output", "-o", true),
    /** {@code --format X}: the output format. */
    FORMAT("--format", null, true),
    /** {@code --include GLOB}: import only files in folders matching GLOB; may be repeated. */
    INCLUDE("--include", null, true, true),
    /** {@code --exclude GLOB}: skip files in folders matching GLOB; may be repeated. */
    EXCLUDE("--exclude", null, true, true),
    /** {@code -h} or {@code --help}: the command's help instead of running it. */
    HELP("--help", "-h", false);

    private final String longName;
    private final String shortName;
    private final boolean takesValue;
    private final boolean repeatable;

    CommandOption(String longName, String shortName, boolean takesValue) {
        this(longName, shortName, takesValue, false);
    }

    CommandOption(String longName, String shortName, boolean takesValue, boolean repeatable) {
        this.longName = longName;
        this.shortName = shortName;
        this.takesValue = takesValue;
        this.repeatable = repeatable;
    }

    /** The spelling shown in messages, e.g. {@code --limit}. */
    public String longName() {
        return longName;
    }

    /** Whether the option is followed by a value ({@code --limit 10} or {@code --limit=10}). */
    public boolean takesValue() {
        return takesValue;
    }

    /** Whether the option may be given more than once, each value counting ({@code --include a --include b}). */
    public boolean repeatable() {
        return repeatable;
    }

    static CommandOption of(String word) {
        for (CommandOption option : values()) {
            if (option.longName.equals(word) || word.equals(option.shortName)) {
                return option;
            }
        }
        return null;
    }
}
