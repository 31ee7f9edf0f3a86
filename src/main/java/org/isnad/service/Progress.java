package org.isnad.service;

import java.util.function.BooleanSupplier;
import org.isnad.message.Message;

/**
 * How a long import or export tells the window how far it is, and learns that the user pressed
 * Cancel. Work checks {@link #isCancelled()} between steps and then throws {@link CancelledException},
 * leaving no partial output and no partial import behind.
 */
public interface Progress {
    /**
     * {@code done} of {@code total} steps are finished; {@code step} says what comes next, as a
     * {@link Message} the window renders in its language.
     */
    void report(long done, long total, Message step);

    default boolean isCancelled() {
        return false;
    }

    /** Throws {@link CancelledException} if the user asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** No one is watching and nothing cancels. */
    static Progress none() {
        return (done, total, step) -> { };
    }

    /** A listener and a cancel flag, e.g. a JavaFX task's {@code updateProgress} and {@code isCancelled}. */
    static Progress of(Progress listener, BooleanSupplier cancelled) {
        return new Progress() {
            @Override
            public void report(long done, long total, Message step) {
                listener.report(done, total, step);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }
}
