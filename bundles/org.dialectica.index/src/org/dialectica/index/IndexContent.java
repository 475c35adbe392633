package org.dialectica.index;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything the index is derived from: the source of truth an index is (re)built from. The index
 * never writes to it.
 */
public interface IndexContent {

    /** All passages of all sources. The caller closes the stream. */
    Stream<PassageDoc> passages();

    /** All model elements. The caller closes the stream. */
    Stream<ElementDoc> elements();

    /** A rough number of documents, for progress reports; negative when unknown. */
    default long estimatedSize() {
        return -1;
    }

    /**
     * The object behind this content (e.g. the EMF {@code Project}), for {@link StructureFilter}s
     * that compute their matches from it.
     */
    default <T> Optional<T> adapt(Class<T> type) {
        return Optional.empty();
    }

    /** Content with nothing in it. */
    static IndexContent empty() {
        return new IndexContent() {
            @Override
            public Stream<PassageDoc> passages() {
                return Stream.empty();
            }

            @Override
            public Stream<ElementDoc> elements() {
                return Stream.empty();
            }
        };
    }
}
