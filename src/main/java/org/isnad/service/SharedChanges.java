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
     * Tells {@code listener} of every change that other programs commit from now on: other logins', and this
     * login's in another program (another desktop, the command line; see {@link SharedChange#madeBy}). This
     * program's own commits are not told (they are shown already). Returns what stops telling it.
     */
    Subscription listen(Consumer<SharedChange> listener);

    /** Stops a listener. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
