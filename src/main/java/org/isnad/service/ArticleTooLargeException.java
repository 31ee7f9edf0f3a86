package org.isnad.service;

import org.isnad.domain.DomainException;
import org.isnad.message.Localized;
import org.isnad.message.Message;

/**
 * An article refused for its size ({@link ImportLimits}). A {@link DomainException}, so that every
 * caller that reports refused input reports this one too; its text is a {@link Message}, so the
 * window shows it in its own language.
 */
public final class ArticleTooLargeException extends DomainException implements Localized {
    private final transient Message message;

    public ArticleTooLargeException(Message message) {
        super(message.english());
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
