package org.isnad.service;

/** The database could not do what was asked; the message is meant for the person using Isnad. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
