package org.isnad.service;

/**
 * An imported annotation set is already stored with other content and the import was asked to
 * fail in that case: the window asks whether to keep both or replace, and imports again.
 */
public class SetConflictException extends InterchangeException {
    public SetConflictException(String message) {
        super(message);
    }
}
