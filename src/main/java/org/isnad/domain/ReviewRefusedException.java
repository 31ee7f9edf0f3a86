package org.isnad.domain;

/** A review step or verdict that the rules do not allow; the message says what state the set is in and who tried. */
public class ReviewRefusedException extends DomainException {
    public ReviewRefusedException(String message) {
        super(message);
    }
}
