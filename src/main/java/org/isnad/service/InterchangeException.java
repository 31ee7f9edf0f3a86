package org.isnad.service;

import org.isnad.message.LocalizedException;
import org.isnad.message.Message;

/**
 * A file to import (or a place to export to) was refused; the message says in plain words what
 * was wrong and where (the entry or line), and that nothing was imported.
 */
public class InterchangeException extends LocalizedException {
    private static final long serialVersionUID = 1L;

    public InterchangeException(Message message) {
        super(message);
    }

    public InterchangeException(Message message, Throwable cause) {
        super(message, cause);
    }
}
