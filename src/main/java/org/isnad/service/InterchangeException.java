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

    /**
     * A refusal still worded in English by the bundle package; its text is shown as it is in every
     * language. Goes once the bundle package passes a {@link Message} everywhere.
     */
    @Deprecated(forRemoval = true)
    public InterchangeException(String englishText) {
        super(untranslated(englishText));
    }

    /** See {@link #InterchangeException(String)}. */
    @Deprecated(forRemoval = true)
    public InterchangeException(String englishText, Throwable cause) {
        super(untranslated(englishText), cause);
    }

    private static Message untranslated(String englishText) {
        return Message.of("service.interchange.untranslated", englishText);
    }
}
