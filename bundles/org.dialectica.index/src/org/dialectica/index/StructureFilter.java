package org.dialectica.index;

import java.util.Set;

/**
 * An {@code is:<name>} query filter computed from the argument structure rather than from text,
 * e.g. {@code is:unanswered}. Contribute one by registering an OSGi service of this type (or pass it
 * to {@code LuceneIndexService} directly); filters are resolved by {@link #name()} at query time.
 */
public interface StructureFilter {

    /** The word after {@code is:}, lower case, e.g. {@code "unanswered"}. */
    String name();

    /** One line for help texts, e.g. "objections nobody has answered". */
    String description();

    /**
     * The ids of the elements this filter matches, computed from the content of the project being
     * searched (typically through {@link IndexContent#adapt(Class)}). Called once per query using the
     * filter; the result is intersected with the rest of the query.
     */
    Set<String> matchingIds(IndexContent content);
}
