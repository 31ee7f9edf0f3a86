package org.isnad.service;

import java.util.Optional;

/**
 * A change that another desktop committed to a shared store (a team server), as {@link SharedChanges} tells
 * it: a document changed (imported, edited, reviewed, its actors merged, deleted) by a login, or the store
 * came back after the connection was lost (then anything may have changed meanwhile).
 */
public record SharedChange(String login, String documentId) {
    /** Any change may have been missed: the store is back after the connection was lost. */
    public static SharedChange reconnected() {
        return new SharedChange(null, null);
    }

    public boolean isReconnect() {
        return documentId == null;
    }

    /** The document changed; empty after a reconnect. */
    public Optional<String> document() {
        return Optional.ofNullable(documentId);
    }

    /** Whether {@code user} made this change (false after a reconnect). */
    public boolean madeBy(String user) {
        return login != null && login.equals(user);
    }
}
