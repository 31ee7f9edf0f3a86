package org.isnad.service;

import java.util.Set;

/**
 * The database's change counter, which the search index follows: each change to a document counts
 * one up in the same transaction as the change, so what the index has not seen yet can always be
 * found again, even after a crash between a commit and the index update.
 */
public interface ChangeFeed {
    /** Counts a change to a document (its text, metadata, annotations, review or its deletion). */
    void documentChanged(String documentId);

    /**
     * The counter now: on a file the number of the latest change (0 when there was none); on a team server a
     * horizon below which every change is final (docs/adr/0009-team-server.md). It never goes down.
     */
    long latest();

    /**
     * The documents changed after {@code counter} (a value {@link #latest} gave). On a team server this may also
     * name documents changed after the counter now, even when it has not moved: ask, rather than compare counters.
     */
    Set<String> changedSince(long counter);
}
