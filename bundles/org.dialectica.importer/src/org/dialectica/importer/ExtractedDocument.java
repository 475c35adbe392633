package org.dialectica.importer;

import java.util.List;
import java.util.Objects;

/**
 * The result of importing one file: its text, normalised by {@link TextNormalizer}, the metadata and
 * the passage boundaries. All passage offsets refer to {@link #text()} exactly as stored.
 */
public record ExtractedDocument(String text, DocumentMetadata metadata, List<Passage> passages) {

    public ExtractedDocument {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        passages = List.copyOf(passages);
        for (Passage p : passages) {
            if (p.end() > text.length()) {
                throw new IllegalArgumentException("passage " + p + " beyond text length " + text.length());
            }
        }
    }

    /** The passages of one kind, in document order. */
    public List<Passage> passages(Passage.Kind kind) {
        return passages.stream().filter(p -> p.kind() == kind).toList();
    }
}
