package org.dialectica.index;

/** A query the user typed cannot be understood. The message says why; {@link #position()} says where. */
public class QuerySyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String query;
    private final int position;

    public QuerySyntaxException(String message, String query, int position) {
        super(message + " (at position " + position + ")");
        this.query = query;
        this.position = position;
    }

    /** Offset into the query (0-based) where the problem was found. */
    public int position() {
        return position;
    }

    /** The query, and under it a caret at {@link #position()}: for terminals and logs. */
    public String pointer() {
        return query + System.lineSeparator() + " ".repeat(Math.max(0, position)) + "^";
    }
}
