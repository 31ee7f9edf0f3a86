package org.isnad.message;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text for a person, not yet in any language: a key of the message bundles and its arguments.
 * An argument may itself be a {@link Message} (rendered in the same language) or an enum constant
 * (rendered through the key {@code enum.<SimpleName>.<NAME>} when the bundle has it).
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The English text, for logs, the CLI and {@link Throwable#getMessage()}. */
    public String english() {
        return Messages.english(this);
    }

    @Override
    public String toString() {
        return english();
    }
}
