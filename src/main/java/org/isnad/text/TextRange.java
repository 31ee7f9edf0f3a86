package org.isnad.text;

/** A half-open range [start, end) in UTF-16 code units of the stored text. */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException(
                    "invalid text range: start=" + start + ", end=" + end
                            + " (need 0 <= start <= end)");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int index) {
        return index >= start && index < end;
    }

    /** Empty ranges overlap nothing: they cover no character. */
    public boolean overlaps(TextRange other) {
        return !isEmpty() && !other.isEmpty() && start < other.end && other.start < end;
    }
}
