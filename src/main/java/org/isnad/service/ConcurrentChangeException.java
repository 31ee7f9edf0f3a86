package org.isnad.service;

import org.isnad.message.Message;

/**
 * A shared row (an actor, a document's metadata, a set's state) was changed by someone else since it was read:
 * the change was not made, and the view should be refreshed from the store. Never an overwrite.
 */
public class ConcurrentChangeException extends StorageException {
    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(Message message) {
        super(message);
    }
}
