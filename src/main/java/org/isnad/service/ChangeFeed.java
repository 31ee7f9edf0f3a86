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

    /** The counter now: the number of the latest change, 0 when there was none. */
    long latest();

    /** The documents changed after change number {@code counter}. */
    Set<String> changedSince(long counter);
}
