package org.isnad.suggest.evaluation;

import org.isnad.message.LocalizedException;
import org.isnad.message.Message;

/** A gold {@code .ann} that cannot be read: says which line and why. */
public final class GoldFormatException extends LocalizedException {
    public GoldFormatException(String file, int line, Message reason) {
        super(Message.of("evaluate.gold.line", file, line, reason));
    }
}
