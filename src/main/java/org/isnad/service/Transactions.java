package org.isnad.service;

import java.util.function.Supplier;

/**
 * Runs work as one database transaction: committed (durably) when the work returns, rolled back
 * when it throws. Nested calls join the outer transaction.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Calls {@code listener} after each committed transaction that wrote something, on the thread
     * that committed: the search index then catches up in the background.
     */
    void afterCommit(Runnable listener);
}
