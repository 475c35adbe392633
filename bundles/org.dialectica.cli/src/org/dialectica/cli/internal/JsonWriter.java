package org.dialectica.cli.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes one JSON document, pretty-printed with two-space indents, keys in the order they are written.
 * Deliberately tiny: the CLI only writes objects of numbers and strings, and the target platform has no
 * JSON library yet. Non-ASCII characters are escaped, so the output is the same in any terminal encoding.
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    /** Per open object or array: whether it already has a member. */
    private final Deque<Boolean> hasMembers = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter beginObject() {
        return open('{');
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        return open('[');
    }

    public JsonWriter endArray() {
        return close(']');
    }

    /** Starts a member of the current object; the next call writes its value. */
    public JsonWriter name(String name) {
        separate();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(long number) {
        separate();
        out.append(number);
        return this;
    }

    public JsonWriter value(boolean bool) {
        separate();
        out.append(bool);
        return this;
    }

    /** A string value, or {@code null}. */
    public JsonWriter value(String text) {
        separate();
        if (text == null) {
            out.append("null");
        } else {
            string(text);
        }
        return this;
    }

    /** Shorthand for {@code name(name).value(number)}. */
    public JsonWriter member(String name, long number) {
        return name(name).value(number);
    }

    /** The document; every object and array must be closed. */
    @Override
    public String toString() {
        if (!hasMembers.isEmpty()) {
            throw new IllegalStateException("unclosed object or array");
        }
        return out.toString();
    }

    private JsonWriter open(char bracket) {
        separate();
        out.append(bracket);
        hasMembers.push(false);
        return this;
    }

    private JsonWriter close(char bracket) {
        boolean members = hasMembers.pop();
        if (members) {
            newline();
        }
        out.append(bracket);
        return this;
    }

    /** Before a value or name: a comma after a previous member, then a new indented line. */
    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (hasMembers.isEmpty()) {
            return;
        }
        if (hasMembers.pop()) {
            out.append(',');
        }
        hasMembers.push(true);
        newline();
    }

    private void newline() {
        out.append('\n');
        out.append("  ".repeat(hasMembers.size()));
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
