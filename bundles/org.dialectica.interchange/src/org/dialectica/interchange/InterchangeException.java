package org.dialectica.interchange;

import java.util.OptionalInt;

/**
 * A file could not be read or written in an interchange format. When the problem is at a place in
 * the input, {@link #line()} (1-based) and {@link #column()} (1-based) say where; the message already
 * names file and position, so callers can show it as it is.
 */
public class InterchangeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final int line;
    private final int column;

    public InterchangeException(String fileName, String problem) {
        this(fileName, problem, -1, -1, null);
    }

    public InterchangeException(String fileName, String problem, Throwable cause) {
        this(fileName, problem, -1, -1, cause);
    }

    public InterchangeException(String fileName, String problem, int line, int column, Throwable cause) {
        super(format(fileName, problem, line, column), cause);
        this.fileName = fileName;
        this.line = line;
        this.column = column;
    }

    private static String format(String fileName, String problem, int line, int column) {
        StringBuilder message = new StringBuilder(fileName == null ? "<input>" : fileName);
        if (line > 0) {
            message.append(':').append(line);
            if (column > 0) {
                message.append(':').append(column);
            }
        }
        return message.append(": ").append(problem).toString();
    }

    public String fileName() {
        return fileName;
    }

    /** The 1-based line of the problem, if known. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** The 1-based column of the problem, if known. */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }
}
