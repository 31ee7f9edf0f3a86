package org.isnad.service;

import org.isnad.message.LocalizedException;
import org.isnad.message.Message;

/** The database (or a file beside it) could not do what was asked; the message is meant for the person using Isnad. */
public class StorageException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public StorageException(Message message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(Message message) {
        super(message);
    }
}
