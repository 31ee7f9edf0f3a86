package org.isnad.service;

import org.isnad.domain.DomainException;
import org.isnad.message.Message;

/**
 * An article refused for its size ({@link ImportLimits}). A {@link DomainException}, so that every
 * caller that reports refused input reports this one too; its text is a {@link Message}, so the
 * window shows it in its own language.
 */
public final class ArticleTooLargeException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ArticleTooLargeException(Message message) {
        super(message);
    }
}
