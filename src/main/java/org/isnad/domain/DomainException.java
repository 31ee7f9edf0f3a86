package org.isnad.domain;

import org.isnad.message.Localized;
import org.isnad.message.Message;

/**
 * A rule of the model was broken; the {@link Message} says which, in plain words and in the reader's
 * language. Stays an {@link IllegalArgumentException}: callers refuse bad input by catching that.
 */
public class DomainException extends IllegalArgumentException implements Localized {
    private static final long serialVersionUID = 1L;

    private final transient Message message;

    public DomainException(Message message) {
        super(message.english());
        this.message = message;
    }

    public DomainException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
