package org.dialectica.index.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.queryparser.classic.QueryParser;
import org.dialectica.index.QuerySyntaxException;
import org.dialectica.index.internal.QueryToken.Kind;

/**
 * Splits a query into tokens: words (with {@code *}/{@code ?} wildcards or a {@code ~} fuzzy
 * suffix), quoted phrases (optionally {@code ~slop}), {@code field:value} filters, parentheses and
 * the operators {@code AND OR NOT && || + - !}. Words and phrases are re-escaped for Lucene's
 * classic query parser, so only the syntax described in docs/search.md reaches it.
 */
final class QueryLexer {

    private final String query;
    private final Set<String> fields;
    private int at;

    QueryLexer(String query, Set<String> fields) {
        this.query = query;
        this.fields = fields;
    }

    List<QueryToken> tokens() throws QuerySyntaxException {
        List<QueryToken> tokens = new ArrayList<>();
        while (true) {
            skipSpace();
            if (at >= query.length()) {
                tokens.add(QueryToken.simple(Kind.EOF, at, ""));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private QueryToken next() throws QuerySyntaxException {
        int start = at;
        char c = query.charAt(at);
        switch (c) {
            case '(' -> {
                at++;
                return QueryToken.simple(Kind.LPAREN, start, "(");
            }
            case ')' -> {
                at++;
                return QueryToken.simple(Kind.RPAREN, start, ")");
            }
            case '"' -> {
                return phrase(start, null);
            }
            case '-', '!', '+' -> {
                at++;
                if (at >= query.length() || Character.isWhitespace(query.charAt(at))) {
                    throw error("'" + c + "' must be written directly before a word, phrase or '('", start);
                }
                return QueryToken.simple(c == '+' ? Kind.PLUS : Kind.NOT, start, String.valueOf(c));
            }
            default -> {
                if (query.startsWith("&&", at) || query.startsWith("||", at)) {
                    at += 2;
                    return QueryToken.simple(c == '&' ? Kind.AND : Kind.OR, start, query.substring(start, at));
                }
                return word(start);
            }
        }
    }

    private QueryToken word(int start) throws QuerySyntaxException {
        StringBuilder raw = new StringBuilder();
        StringBuilder lucene = new StringBuilder();
        while (at < query.length()) {
            char c = query.charAt(at);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '"') {
                break;
            }
            if (c == '\\') {
                if (at + 1 >= query.length()) {
                    throw error("'\\' at the end of the query escapes nothing", at);
                }
                char escaped = query.charAt(at + 1);
                raw.append(escaped);
                lucene.append(QueryParser.escape(String.valueOf(escaped)));
                at += 2;
                continue;
            }
            if (c == ':' && isFieldName(lucene, raw)) {
                at++;
                return field(start, raw.toString());
            }
            if (c == '~') {
                return fuzzy(start, raw, lucene);
            }
            raw.append(c);
            lucene.append(c == '*' || c == '?' ? String.valueOf(c) : QueryParser.escape(String.valueOf(c)));
            at++;
        }
        String text = raw.toString();
        switch (text) {
            case "AND" -> {
                return QueryToken.simple(Kind.AND, start, text);
            }
            case "OR" -> {
                return QueryToken.simple(Kind.OR, start, text);
            }
            case "NOT" -> {
                return QueryToken.simple(Kind.NOT, start, text);
            }
            default -> {
                checkWildcards(text, start);
                return new QueryToken(Kind.WORD, start, text, null, lucene.toString(), false);
            }
        }
    }

    /** {@code word~} or {@code word~1}: fuzzy match within 0-2 edits. */
    private QueryToken fuzzy(int start, StringBuilder raw, StringBuilder lucene) throws QuerySyntaxException {
        int tilde = at++;
        int digitsFrom = at;
        while (at < query.length() && Character.isDigit(query.charAt(at))) {
            at++;
        }
        String digits = query.substring(digitsFrom, at);
        if (at < query.length() && !Character.isWhitespace(query.charAt(at)) && query.charAt(at) != ')') {
            throw error("'~' ends a word: write word~ or word~1", tilde);
        }
        if (raw.isEmpty()) {
            throw error("'~' needs a word before it", tilde);
        }
        if (!digits.isEmpty() && Integer.parseInt(digits) > 2) {
            throw error("a fuzzy word allows at most 2 edits (word~2)", digitsFrom);
        }
        if (raw.indexOf("*") >= 0 || raw.indexOf("?") >= 0) {
            throw error("a word cannot be both fuzzy (~) and a wildcard (*, ?)", tilde);
        }
        String text = query.substring(start, at);
        return new QueryToken(Kind.WORD, start, text, null, lucene + "~" + digits, false);
    }

    private QueryToken phrase(int start, String field) throws QuerySyntaxException {
        int open = at++;
        StringBuilder content = new StringBuilder();
        while (at < query.length() && query.charAt(at) != '"') {
            char c = query.charAt(at);
            if (c == '\\' && at + 1 < query.length()) {
                content.append(query.charAt(at + 1));
                at += 2;
            } else {
                content.append(c);
                at++;
            }
        }
        if (at >= query.length()) {
            throw error("the phrase starting here has no closing '\"'", open);
        }
        at++;
        if (field != null) {
            return new QueryToken(Kind.FIELD, start, query.substring(start, at), field, content.toString(), true);
        }
        String slop = "";
        if (at < query.length() && query.charAt(at) == '~') {
            int digitsFrom = ++at;
            while (at < query.length() && Character.isDigit(query.charAt(at))) {
                at++;
            }
            if (at == digitsFrom) {
                throw error("'~' after a phrase needs a number of words, e.g. \"a b\"~3", digitsFrom - 1);
            }
            slop = "~" + query.substring(digitsFrom, at);
        }
        if (content.toString().isBlank()) {
            throw error("the phrase is empty", open);
        }
        String lucene = "\"" + QueryParser.escape(content.toString()) + "\"" + slop;
        return new QueryToken(Kind.PHRASE, start, query.substring(start, at), null, lucene, false);
    }

    private QueryToken field(int start, String name) throws QuerySyntaxException {
        String field = name.toLowerCase(Locale.ROOT);
        if (!fields.contains(field)) {
            throw error("unknown field '" + name + ":' (known: " + String.join(", ", fields.stream().sorted().toList())
                    + "); write " + name + "\\: to search for the word itself", start);
        }
        if (at < query.length() && query.charAt(at) == '"') {
            return phrase(start, field);
        }
        int valueFrom = at;
        StringBuilder value = new StringBuilder();
        while (at < query.length()) {
            char c = query.charAt(at);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '"') {
                break;
            }
            if (c == '\\' && at + 1 < query.length()) {
                value.append(query.charAt(at + 1));
                at += 2;
                continue;
            }
            value.append(c);
            at++;
        }
        if (value.isEmpty()) {
            throw error("'" + name + ":' needs a value, e.g. " + name + ":something", valueFrom);
        }
        return new QueryToken(Kind.FIELD, start, query.substring(start, at), field, value.toString(), false);
    }

    /** "tag:x" names a field; "10:30" or "a\\:b" do not. */
    private static boolean isFieldName(StringBuilder lucene, StringBuilder raw) {
        return !raw.isEmpty() && raw.toString().equals(lucene.toString())
                && raw.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch));
    }

    private void checkWildcards(String text, int start) throws QuerySyntaxException {
        if (text.startsWith("*") || text.startsWith("?")) {
            throw error("a word cannot start with '*' or '?' (that would scan the whole index)", start);
        }
    }

    private void skipSpace() {
        while (at < query.length() && Character.isWhitespace(query.charAt(at))) {
            at++;
        }
    }

    private QuerySyntaxException error(String message, int position) {
        return new QuerySyntaxException(message, query, position);
    }
}
