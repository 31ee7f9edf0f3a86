package org.isnad.service;

import java.util.function.Consumer;

/**
 * Other users' committed work on a shared store, as it happens: on a team server the store adapter listens
 * for the server's notifications (docs/adr/0009-team-server.md); on an H2 file, which serves one person,
 * nothing is ever told. Listeners are called on a background thread, after the change was committed.
 */
public interface SharedChanges {
    /** A store that nobody else writes to. */
    SharedChanges NONE = listener -> () -> { };

    /**
     * Tells {@code listener} of every change committed from now on, including this program's own (see
     * {@link SharedChange#madeBy}); returns what stops telling it.
     */
    Subscription listen(Consumer<SharedChange> listener);

    /** Stops a listener. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
