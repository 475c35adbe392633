package org.dialectica.ui.search;

import java.util.regex.Pattern;

/** Edits the text of a query the way the view's one-click filters do, keeping what the user typed. */
public final class QueryRefinements {

    private static final Pattern STRUCTURE = Pattern.compile("(^|\\s)is:\\S+");

    private QueryRefinements() {
    }

    /** The query narrowed by a field filter ({@code type:claim}); values with spaces are quoted. */
    public static String withFilter(String query, String field, String value) {
        String filter = field + ":" + quoteIfNeeded(value);
        String trimmed = query.trim();
        if ((" " + trimmed + " ").contains(" " + filter + " ")) {
            return trimmed;
        }
        return trimmed.isEmpty() ? filter : trimmed + " " + filter;
    }

    /** The query with its {@code is:} filter replaced by {@code is:<name>}. */
    public static String withStructure(String query, String name) {
        String rest = STRUCTURE.matcher(query).replaceAll(" ").trim().replaceAll("\\s+", " ");
        return rest.isEmpty() ? "is:" + name : "is:" + name + " " + rest;
    }

    static String quoteIfNeeded(String value) {
        if (value.chars().anyMatch(c -> Character.isWhitespace(c) || "():\"\\".indexOf(c) >= 0)) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return value;
    }
}
