package org.isnad.service;

import java.util.List;

/**
 * The similarity index claim matching asks (implemented with Lucene in the search package): texts of claim
 * records, each with the numbers and actors it names, compared on folded, stemmed words, matching numbers
 * and matching actors weighing more.
 */
public interface ClaimMatchIndex extends AutoCloseable {
    /** Replaces every text of the given records with these (entries of one record share its id). */
    void put(String claimId, List<ClaimMatchEntry> entries);

    void remove(String claimId);

    /** Removes everything, for a rebuild. */
    void clear();

    /** The records whose texts are most like the query, best first, at most {@code max}. */
    List<ClaimMatchHit> match(ClaimMatchEntry query, int max);

    @Override
    void close();
}
