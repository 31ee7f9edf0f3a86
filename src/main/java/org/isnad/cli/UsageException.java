package org.isnad.cli;

import org.isnad.message.LocalizedException;
import org.isnad.message.Message;

/** The command line itself is wrong (unknown option, missing argument): exit code 2. */
final class UsageException extends LocalizedException {
    UsageException(Message message) {
        super(message);
    }

    UsageException(String key, Object... args) {
        this(Message.of(key, args));
    }
}
