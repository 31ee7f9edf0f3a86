package org.isnad.agreement;

/** A stretch {@code [start, end)} of the continuum that an analyst marked in one layer. */
public record Stretch(long start, long end) {
    public Stretch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a stretch is [start, end) with 0 <= start < end: " + start + ", " + end);
        }
    }

    public Stretch shifted(long by) {
        return new Stretch(start + by, end + by);
    }
}
