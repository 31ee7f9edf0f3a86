package org.isnad.service;

import org.isnad.message.Message;

/**
 * An imported annotation set is already stored with other content and the import was asked to
 * fail in that case: the window asks whether to keep both or replace, and imports again.
 */
public class SetConflictException extends InterchangeException {
    private static final long serialVersionUID = 1L;

    public SetConflictException(Message message) {
        super(message);
    }

    /** See {@link InterchangeException#InterchangeException(String)}. */
    @Deprecated(forRemoval = true)
    @SuppressWarnings("removal")
    public SetConflictException(String englishText) {
        super(englishText);
    }
}
