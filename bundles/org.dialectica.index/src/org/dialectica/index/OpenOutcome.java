package org.dialectica.index;

/** What {@link IndexService#open} found on disk, and so what it did. */
public enum OpenOutcome {
    /** A healthy index of the current schema was opened as it was. */
    OPENED,
    /** There was no index: one was built from the content. */
    CREATED,
    /** The index was damaged or unreadable: it was deleted and rebuilt. */
    REBUILT_CORRUPT,
    /** The index had another schema version: it was deleted and rebuilt. */
    REBUILT_OUTDATED,
    /** The index missed changes that were never committed (crash): it was deleted and rebuilt. */
    REBUILT_STALE
}
