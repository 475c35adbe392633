package org.dialectica.cli;

/** The exit codes of {@code dialectica}: the command-line contract in {@code docs/cli.md}. */
public final class ExitCodes {

    /** Everything succeeded. */
    public static final int OK = 0;

    /** Some inputs failed (a missing project, validation errors); the others were still processed. */
    public static final int FAILED = 1;

    /** The command line was wrong (unknown command or option, missing argument) or the command is not available. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
