package org.isnad.domain;

import java.util.Locale;
import java.util.Optional;

/** How a claim span stands to a claim record: it asserts the statement, denies it, or questions it. */
public enum Stance {
    ASSERTS, DENIES, QUESTIONS;

    /** The word used on the command line and in files: {@code asserts}, {@code denies}, {@code questions}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Stance> ofKey(String key) {
        for (Stance s : values()) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Asserting and denying are opposite sides; questioning is on neither. */
    public boolean opposes(Stance other) {
        return this == ASSERTS && other == DENIES || this == DENIES && other == ASSERTS;
    }
}
