package org.dialectica.index;

import java.util.Map;

/**
 * Writes a {@link SearchResult} in the stable JSON shape of {@code dialectica search --json}:
 * <pre>{"total": N, "hits": [{"source", "start", "end", "snippet", "type", "id", "score"}...],
 *  "facets": {"type": {"passage": 3}, ...}}</pre>
 * {@code start}/{@code end} are the first match's offsets in the stored source text ({@code null} for
 * elements); {@code snippet} is plain text with matches wrapped in {@code <mark>}...{@code </mark>}.
 */
public final class SearchResultJson {

    public static final String MARK_OPEN = "<mark>";
    public static final String MARK_CLOSE = "</mark>";

    private SearchResultJson() {
    }

    public static String write(SearchResult result) {
        StringBuilder out = new StringBuilder(256 + result.hits().size() * 256);
        out.append("{\"total\": ").append(result.total()).append(", \"hits\": [");
        boolean first = true;
        for (SearchHit hit : result.hits()) {
            out.append(first ? "" : ", ").append("{\"source\": ");
            string(out, hit.sourceId());
            out.append(", \"start\": ").append(hit.isPassage() ? String.valueOf(hit.start()) : "null");
            out.append(", \"end\": ").append(hit.isPassage() ? String.valueOf(hit.end()) : "null");
            out.append(", \"snippet\": ");
            string(out, hit.snippet().marked(MARK_OPEN, MARK_CLOSE));
            out.append(", \"type\": ");
            string(out, hit.type().label());
            out.append(", \"id\": ");
            string(out, hit.id());
            out.append(", \"score\": ").append(Float.isFinite(hit.score()) ? hit.score() : 0f).append('}');
            first = false;
        }
        out.append("], \"facets\": {");
        first = true;
        for (Map.Entry<String, Map<String, Long>> dimension : result.facets().entrySet()) {
            out.append(first ? "" : ", ");
            string(out, dimension.getKey());
            out.append(": {");
            boolean firstValue = true;
            for (Map.Entry<String, Long> value : dimension.getValue().entrySet()) {
                out.append(firstValue ? "" : ", ");
                string(out, value.getKey());
                out.append(": ").append(value.getValue());
                firstValue = false;
            }
            out.append('}');
            first = false;
        }
        return out.append("}}").toString();
    }

    private static void string(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
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
