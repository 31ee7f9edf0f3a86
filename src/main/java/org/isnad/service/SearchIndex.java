package org.isnad.service;

import java.util.Collection;

/**
 * The search index: derived from the database, never the truth. It records the change counter
 * ({@link ChangeFeed}) it has caught up to, so the program can tell at start whether it is stale.
 * The search package implements it with Lucene.
 */
public interface SearchIndex extends AutoCloseable {
    /**
     * The change counter the index holds, or -1 when the index is missing or cannot be read
     * (damaged): the caller then rebuilds it.
     */
    long counter();

    /** Replaces these documents, drops the removed ones and records {@code counter}, in one commit. */
    void update(Collection<IndexedDocument> documents, Collection<String> removedIds, long counter);

    /** Empties the index (the first step of a rebuild); the counter becomes 0. */
    void clear();

    /**
     * The hits {@code offset} to {@code offset + limit} of a search, best documents first and in
     * reading order within a document. Only that page is read; the total is counted, not loaded.
     *
     * @throws QuerySyntaxException when the query cannot be read
     */
    SearchPage search(SearchQuery query, int offset, int limit);

    @Override
    void close();
}
