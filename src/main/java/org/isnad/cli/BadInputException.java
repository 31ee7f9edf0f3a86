package org.isnad.cli;

import org.isnad.message.LocalizedException;
import org.isnad.message.Message;

/** The input given to a command was refused (a missing file, invalid UTF-8): exit code 1. */
final class BadInputException extends LocalizedException {
    BadInputException(String key, Object... args) {
        super(Message.of(key, args));
    }
}
