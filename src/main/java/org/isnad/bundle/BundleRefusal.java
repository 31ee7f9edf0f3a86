package org.isnad.bundle;

import org.isnad.message.Localized;
import org.isnad.message.Message;
import org.isnad.service.InterchangeException;

/**
 * A bundle (or brat / W3C file) was refused; names the entry or line and the reason. Nothing was
 * imported. {@link #getMessage()} is the English "entry: reason" (the CLI prints it); the window
 * renders {@link #message()} in its language.
 */
public final class BundleRefusal extends InterchangeException {
    private final String entry;
    private final transient Message reason;

    public BundleRefusal(String entry, Message reason) {
        super(Message.of("bundle.refusal", entry, reason));
        this.entry = entry;
        this.reason = reason;
    }

    /** The zip entry, or file and line, that was wrong. */
    public String entry() {
        return entry;
    }

    public Message reason() {
        return reason;
    }

    /** The reason a lower layer gave (a broken model rule, a text that cannot be decoded), in the reader's language when it has one. */
    static Message because(Throwable cause) {
        if (cause instanceof Localized l) {
            return l.message();
        }
        String text = cause.getMessage();
        return Message.of("bundle.cause", text == null ? cause.getClass().getSimpleName() : text);
    }
}
