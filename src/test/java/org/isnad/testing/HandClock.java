package org.isnad.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock the test moves by hand (in UTC), so that the times the program records are the ones the test
 * expects; {@link #ticking} also moves on by a fixed step after each reading (every recorded time distinct).
 */
public final class HandClock extends Clock {
    private final AtomicReference<Instant> now;
    private final Duration tick;

    public HandClock(Instant start) {
        this(start, Duration.ZERO);
    }

    private HandClock(Instant start, Duration tick) {
        this.now = new AtomicReference<>(start);
        this.tick = tick;
    }

    /** A clock that reads {@code start}, then {@code start + step}, and so on. */
    public static HandClock ticking(Instant start, Duration step) {
        return new HandClock(start, step);
    }

    public void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }

    @Override
    public Instant instant() {
        return now.getAndUpdate(t -> t.plus(tick));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
