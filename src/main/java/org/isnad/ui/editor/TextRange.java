package org.isnad.ui.editor;

/** A range of document offsets in logical order, {@code start <= end}; empty when it is a caret. */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public static TextRange between(int a, int b) {
        return new TextRange(Math.min(a, b), Math.max(a, b));
    }

    public boolean isEmpty() {
        return start == end;
    }

    public int length() {
        return end - start;
    }
}
