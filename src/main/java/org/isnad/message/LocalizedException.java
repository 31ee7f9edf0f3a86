package org.isnad.message;

/**
 * A refusal or failure that carries a {@link Message}: {@link #getMessage()} is its English text (logs,
 * the CLI); the window renders {@link #message()} in its own language.
 */
public class LocalizedException extends RuntimeException implements Localized {
    private final transient Message message;

    public LocalizedException(Message message) {
        super(message.english());
        this.message = message;
    }

    public LocalizedException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}
