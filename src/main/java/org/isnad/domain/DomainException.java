package org.isnad.domain;

/** A rule of the model was broken; the message says which, in plain words. */
public class DomainException extends IllegalArgumentException {
    public DomainException(String message) {
        super(message);
    }
}
