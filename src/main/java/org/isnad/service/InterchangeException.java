package org.isnad.service;

/**
 * A file to import (or a place to export to) was refused; the message says in plain words what
 * was wrong and where (the entry or line), and that nothing was imported.
 */
public class InterchangeException extends RuntimeException {
    public InterchangeException(String message) {
        super(message);
    }

    public InterchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
