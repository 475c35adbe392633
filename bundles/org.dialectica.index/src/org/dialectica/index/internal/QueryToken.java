package org.dialectica.index.internal;

/**
 * A token of the search language.
 *
 * @param kind     what it is
 * @param position offset of its first char in the query
 * @param text     as typed (for messages)
 * @param field    for {@link Kind#FIELD}: the field name, lower case
 * @param value    for words and phrases: the text in Lucene classic query syntax, escaped; for
 *                 fields: the value, unescaped
 * @param phrase   whether a field value was quoted
 */
record QueryToken(Kind kind, int position, String text, String field, String value, boolean phrase) {

    enum Kind {
        WORD, PHRASE, FIELD, AND, OR, NOT, PLUS, LPAREN, RPAREN, EOF
    }

    static QueryToken simple(Kind kind, int position, String text) {
        return new QueryToken(kind, position, text, null, null, false);
    }
}
