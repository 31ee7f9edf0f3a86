package org.isnad.domain;

import org.isnad.message.Message;

/** A review step or verdict that the rules do not allow; the message says what state the set is in and who tried. */
public class ReviewRefusedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ReviewRefusedException(Message message) {
        super(message);
    }
}
