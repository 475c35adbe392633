package org.dialectica.index;

/** Receives progress while an index is rebuilt. Non-UI on purpose; adapt it to a monitor in the UI. */
@FunctionalInterface
public interface RebuildProgress {

    RebuildProgress NONE = (done, total) -> { };

    /**
     * @param done  documents indexed so far
     * @param total expected number of documents, or negative when unknown
     */
    void indexed(long done, long total);
}
