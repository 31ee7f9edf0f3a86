package org.isnad.agreement;

import java.util.Objects;

/**
 * One agreement figure: a value, or no value and the reason why. Reports show "null" and the reason instead of
 * a 0 that would read as total disagreement, or a NaN that would break sorting and CSV readers.
 */
public record Figure(Double value, Undefined reason) {
    public Figure {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("a figure has either a value or a reason");
        }
        if (value != null && (value.isNaN() || value.isInfinite())) {
            throw new IllegalArgumentException("a figure is a finite number: " + value);
        }
    }

    public static Figure of(double value) {
        return new Figure(value, null);
    }

    public static Figure undefined(Undefined reason) {
        return new Figure(null, Objects.requireNonNull(reason));
    }

    public boolean defined() {
        return value != null;
    }

    /** {@code part / whole}, or the reason when the whole is empty. */
    static Figure share(long part, long whole, Undefined whenEmpty) {
        return whole == 0 ? undefined(whenEmpty) : of((double) part / whole);
    }
}
