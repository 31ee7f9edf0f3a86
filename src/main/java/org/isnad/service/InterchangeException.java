package org.isnad.service;

import org.isnad.message.Localized;
import org.isnad.message.Message;

/**
 * A file to import (or a place to export to) was refused; the message says in plain words what
 * was wrong and where (the entry or line), and that nothing was imported.
 */
public class InterchangeException extends RuntimeException implements Localized {
    private final transient Message message;

    public InterchangeException(String message) {
        super(message);
        this.message = null;
    }

    public InterchangeException(String message, Throwable cause) {
        super(message, cause);
        this.message = null;
    }

    public InterchangeException(Message message) {
        super(message.english());
        this.message = message;
    }

    public InterchangeException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public Message message() {
        // a refusal made from a plain sentence is shown like any unforeseen error
        return message != null ? message : Message.of("error.unexpected", getMessage());
    }
}
